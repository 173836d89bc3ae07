/**
 * The playground at `/`: one self-contained page (no build step, no third-party script) that lists
 * the templates, takes an image by drop or picker, posts it to `/v1/extract` as a stream, and fills
 * the template's fields as their `object-delta` events arrive, with the raw text and the issues.
 * Values are always set with `textContent`, never as HTML.
 */
export function playgroundPage(settings: { keysRequired: boolean; engine: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tiqu playground</title>
<style>
  :root { font-family: system-ui, "Noto Sans CJK SC", sans-serif; color: #1d2329; background: #f6f7f9; }
  body { margin: 0 auto; max-width: 1100px; padding: 24px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  .muted { color: #66707a; font-size: 13px; }
  .row { display: flex; gap: 20px; align-items: flex-start; flex-wrap: wrap; }
  .panel { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 16px; flex: 1 1 420px; min-width: 320px; }
  #drop { border: 2px dashed #9aa5b1; border-radius: 8px; padding: 24px; text-align: center; cursor: pointer; }
  #drop.over { background: #eef5ff; border-color: #2f6fde; }
  #preview { max-width: 100%; max-height: 300px; margin-top: 12px; display: none; }
  label { display: block; font-size: 13px; margin: 12px 0 4px; }
  select, input[type=password], button { font: inherit; padding: 6px 8px; }
  button { background: #2f6fde; color: #fff; border: 0; border-radius: 6px; padding: 8px 16px; margin-top: 12px; cursor: pointer; }
  button:disabled { background: #9aa5b1; cursor: default; }
  table { border-collapse: collapse; width: 100%; font-size: 14px; }
  td, th { border-bottom: 1px solid #eceef1; padding: 6px 4px; text-align: left; vertical-align: top; }
  td.value { font-family: ui-monospace, monospace; }
  td.value.filled { background: #eefbf0; }
  td.value.bad { background: #fdeeee; }
  pre { background: #f1f3f5; padding: 8px; white-space: pre-wrap; word-break: break-all; max-height: 260px; overflow: auto; font-size: 13px; }
  #status.error { color: #b42318; }
  #valid.yes { color: #067647; } #valid.no { color: #b42318; }
  ul#issues { padding-left: 18px; font-size: 13px; }
</style>
</head>
<body>
<h1>tiqu 提取 playground</h1>
<div class="muted">Engine: <b id="engine">${escapeHtml(settings.engine)}</b>. Drop a document image, pick a template, and watch its fields arrive.</div>
<div class="row">
  <div class="panel">
    <div id="drop" tabindex="0">Drop an image here, or <u>choose a file</u>
      <input id="file" type="file" accept="image/*,application/pdf" hidden>
    </div>
    <img id="preview" alt="the chosen image">
    <label for="template">Template</label>
    <select id="template"><option value="">(plain text: no template)</option></select>
    <div id="key-row" ${settings.keysRequired ? '' : 'hidden'}>
      <label for="key">API key (kept in this browser)</label>
      <input id="key" type="password" autocomplete="off" size="40">
    </div>
    <button id="run" disabled>Extract</button>
    <p id="status" class="muted">Choose an image.</p>
  </div>
  <div class="panel">
    <div><b>Fields</b> <span id="valid"></span></div>
    <table><thead><tr><th>field</th><th>value</th></tr></thead><tbody id="fields"></tbody></table>
    <div><b>Issues</b></div>
    <ul id="issues"></ul>
    <div><b>Raw text</b></div>
    <pre id="raw"></pre>
  </div>
</div>
<script>
(function () {
  var $ = function (id) { return document.getElementById(id) }
  var file = null
  var keyInput = $('key')
  keyInput.value = localStorage.getItem('tiqu-key') || ''
  keyInput.addEventListener('change', function () {
    localStorage.setItem('tiqu-key', keyInput.value)
    loadTemplates()
  })

  function headers(extra) {
    var h = extra || {}
    if (keyInput.value) h.authorization = 'Bearer ' + keyInput.value
    return h
  }
  function status(text, isError) {
    $('status').textContent = text
    $('status').className = isError ? 'error' : 'muted'
  }
  function fail(body, response) {
    var message = body && body.error ? body.error.code + ': ' + body.error.message : 'HTTP ' + response.status
    status(message, true)
    if (response.status === 401) $('key-row').hidden = false
  }

  function buildFields(schema) {
    var body = $('fields')
    body.textContent = ''
    var properties = (schema && schema.properties) || {}
    Object.keys(properties).forEach(function (name) {
      var row = document.createElement('tr')
      var label = document.createElement('td')
      label.textContent = name
      label.title = properties[name].description || ''
      var value = document.createElement('td')
      value.className = 'value'
      value.setAttribute('data-field', name)
      row.appendChild(label)
      row.appendChild(value)
      body.appendChild(row)
    })
  }
  // from: 'stream' for a field filled by its object-delta event, 'record' for one the final record set or changed.
  function setField(name, value, bad, from) {
    var cell = document.querySelector('td[data-field="' + CSS.escape(name) + '"]')
    if (!cell) {
      var row = document.createElement('tr')
      var label = document.createElement('td')
      label.textContent = name
      cell = document.createElement('td')
      cell.setAttribute('data-field', name)
      row.appendChild(label)
      row.appendChild(cell)
      $('fields').appendChild(row)
    }
    var text = value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value)
    if (from === 'stream' || cell.textContent !== text) cell.setAttribute('data-from', from)
    cell.textContent = text
    cell.className = 'value ' + (bad ? 'bad' : 'filled')
  }
  function resetOutput() {
    $('raw').textContent = ''
    $('issues').textContent = ''
    $('valid').textContent = ''
    document.querySelectorAll('td.value').forEach(function (cell) {
      cell.textContent = ''
      cell.className = 'value'
      cell.removeAttribute('data-from')
    })
  }

  function loadTemplates() {
    fetch('/v1/templates', { headers: headers() }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) return fail(body, response)
        var select = $('template')
        while (select.options.length > 1) select.remove(1)
        status(file ? 'Ready.' : 'Choose an image.')
        body.templates.forEach(function (template) {
          var option = document.createElement('option')
          option.value = template.id
          option.textContent = template.id + '@' + template.version + ' — ' + template.title
          $('template').appendChild(option)
        })
        if (body.templates.length > 0) { $('template').value = body.templates[0].id; chooseTemplate() }
      })
    }).catch(function (error) { status(String(error), true) })
  }
  function chooseTemplate() {
    var id = $('template').value
    if (!id) { buildFields(null); return }
    fetch('/v1/templates/' + encodeURIComponent(id), { headers: headers() }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) return fail(body, response)
        buildFields(body.schema)
      })
    })
  }
  $('template').addEventListener('change', chooseTemplate)

  function pick(chosen) {
    if (!chosen) return
    file = chosen
    $('preview').src = URL.createObjectURL(chosen)
    $('preview').style.display = chosen.type.indexOf('image/') === 0 ? 'block' : 'none'
    $('run').disabled = false
    run()
  }
  var drop = $('drop')
  drop.addEventListener('click', function () { $('file').click() })
  drop.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') $('file').click() })
  $('file').addEventListener('change', function () { pick($('file').files[0]) })
  drop.addEventListener('dragover', function (event) { event.preventDefault(); drop.className = 'over' })
  drop.addEventListener('dragleave', function () { drop.className = '' })
  drop.addEventListener('drop', function (event) {
    event.preventDefault()
    drop.className = ''
    pick(event.dataTransfer.files[0])
  })
  $('run').addEventListener('click', run)

  function handle(event, data) {
    if (event === 'text-delta') $('raw').textContent += data.textDelta
    else if (event === 'object-delta') setField(data.field, data.value, data.issues.length > 0, 'stream')
    else if (event === 'repair-start') { resetOutput(); status('The answer had errors; asking the model again (attempt ' + data.attempt + ')…') }
    else if (event === 'error') status(data.code + ': ' + data.message, true)
    else if (event === 'result') showResult(data)
  }
  function showResult(result) {
    $('raw').textContent = result.text
    if (result.data) Object.keys(result.data).forEach(function (name) {
      var bad = result.issues.some(function (issue) { return issue.path === '/' + name && issue.severity === 'error' })
      setField(name, result.data[name], bad, 'record')
    })
    var list = $('issues')
    list.textContent = ''
    result.issues.forEach(function (issue) {
      var item = document.createElement('li')
      item.textContent = issue.severity + ' ' + (issue.path || '/') + ': ' + issue.message
      list.appendChild(item)
    })
    if (result.issues.length === 0) { var none = document.createElement('li'); none.textContent = 'none'; list.appendChild(none) }
    $('valid').textContent = result.error ? '' : result.valid ? '✓ valid' : '✗ not valid'
    $('valid').className = result.valid ? 'yes' : 'no'
    if (!result.error) status('Done in ' + result.timing.total_ms + ' ms (' + result.engine + (result.model ? ', ' + result.model : '') + ').')
    document.body.setAttribute('data-state', 'done')
  }

  function run() {
    if (!file) return
    resetOutput()
    document.body.setAttribute('data-state', 'running')
    $('run').disabled = true
    status('Reading ' + file.name + '…')
    var form = new FormData()
    if ($('template').value) form.append('template', $('template').value)
    form.append('file', file, file.name)
    fetch('/v1/extract', { method: 'POST', body: form, headers: headers({ accept: 'text/event-stream' }) })
      .then(function (response) {
        var type = response.headers.get('content-type') || ''
        if (type.indexOf('text/event-stream') === -1) {
          return response.json().then(function (body) {
            if (body && body.source !== undefined) showResult(body)
            if (!response.ok) fail(body, response)
          })
        }
        var reader = response.body.getReader()
        var decoder = new TextDecoder()
        var buffer = ''
        function read() {
          return reader.read().then(function (chunk) {
            if (chunk.done) return
            buffer += decoder.decode(chunk.value, { stream: true })
            var end
            while ((end = buffer.indexOf('\\n\\n')) !== -1) {
              var block = buffer.slice(0, end)
              buffer = buffer.slice(end + 2)
              var event = 'message'
              var data = ''
              block.split('\\n').forEach(function (line) {
                if (line.indexOf('event: ') === 0) event = line.slice(7)
                else if (line.indexOf('data: ') === 0) data += line.slice(6)
              })
              if (data) handle(event, JSON.parse(data))
            }
            return read()
          })
        }
        return read()
      })
      .catch(function (error) { status(String(error), true) })
      .then(function () { $('run').disabled = false })
  }
  loadTemplates()
})()
</script>
</body>
</html>
`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}
