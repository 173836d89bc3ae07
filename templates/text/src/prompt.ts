/**
 * Qwen-OCR's own default: the text its API sends when a request has none (the `text_recognition`
 * and `multi_lan` built-in tasks use it too), so this template reads exactly as the bare model does.
 */
export const prompt =
  'Please output only the text content from the image without any additional descriptions or formatting.'
