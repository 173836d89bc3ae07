export { type FakeQwenServer, sequenceReplies, startFakeQwenServer } from '@tiqu/qwen-fake-server'
export type {
  DocumentElement,
  DocumentLayout,
  LineElement,
  RectElement,
  RenderOptions,
  TextElement,
} from './document-layout.js'
export { type CjkFonts, type FindCjkFontsOptions, findCjkFonts } from './find-cjk-fonts.js'
export { renderDocument } from './render-document.js'
export { type InvalidData, type TestTemplateOptions, testTemplate } from './test-template.js'
