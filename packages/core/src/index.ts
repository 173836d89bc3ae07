export { extractMany } from './batch/extract-many.js'
export type {
  BatchProgress,
  BatchSummary,
  ExtractManyInput,
  ExtractManyOptions,
  ExtractManyPart,
  ExtractManyStream,
} from './batch/types.js'
export { fieldConfidence, type TokenLogprob } from './confidence/field-confidence.js'
export { type CostEstimate, estimateCost } from './cost/estimate-cost.js'
export { parsePriceTable } from './cost/parse-price-table.js'
export { defaultPriceTable, type ModelPrice, type PriceTable } from './cost/price-table.js'
export { chooseDefaultEngine, type EngineChoice } from './engine/choose-default-engine.js'
export {
  createQwenEngine,
  type QwenEngineOptions,
} from './engine/qwen/create-qwen-engine.js'
export type {
  Engine,
  EnginePart,
  EngineRequest,
  FieldEvidence,
  FinishReason,
  ImageMimeType,
  ModelOptions,
  OcrLine,
  ResolvedImage,
  Usage,
} from './engine/types.js'
export { AbortedError } from './errors/aborted-error.js'
export { AuthenticationError } from './errors/authentication-error.js'
export { BadRequestError } from './errors/bad-request-error.js'
export { ConnectionError } from './errors/connection-error.js'
export { ContentInspectionError } from './errors/content-inspection-error.js'
export { EngineNotFoundError } from './errors/engine-not-found-error.js'
export { EngineUnsupportedError } from './errors/engine-unsupported-error.js'
export { ImageDamagedError } from './errors/image-damaged-error.js'
export { ImageDimensionsError } from './errors/image-dimensions-error.js'
export { ImageTooLargeError } from './errors/image-too-large-error.js'
export { InputEmptyError } from './errors/input-empty-error.js'
export { InputNotFoundError } from './errors/input-not-found-error.js'
export { InvalidOptionError } from './errors/invalid-option-error.js'
export { PdfUnreadableError } from './errors/pdf-unreadable-error.js'
export { RateLimitedError } from './errors/rate-limited-error.js'
export { ServerError } from './errors/server-error.js'
export { StreamInterruptedError } from './errors/stream-interrupted-error.js'
export { TemplateInvalidError } from './errors/template-invalid-error.js'
export { TemplateNotFoundError } from './errors/template-not-found-error.js'
export { TimeoutError } from './errors/timeout-error.js'
export { TiquError, type TiquErrorCode } from './errors/tiqu-error.js'
export { UnsupportedImageError } from './errors/unsupported-image-error.js'
export { extract } from './extract/extract.js'
export { extractStream } from './extract/extract-stream.js'
export type { ExtractOptions, ExtractPart, ExtractStream } from './extract/types.js'
export { locateValues } from './grounding/locate-values.js'
export { decodeBmp, type RawRgbImage } from './image/decode-bmp.js'
export { isPdf } from './image/is-pdf.js'
export { type ImageFormat, type ImageHeader, readImageHeader } from './image/read-image-header.js'
export { type PdfPage, type RenderPdfPagesOptions, renderPdfPages } from './image/render-pdf-pages.js'
export { type ResolveImageOptions, resolveImage } from './image/resolve-image.js'
export { type SmartResizeOptions, smartResize } from './image/smart-resize.js'
export { sniffImageType } from './image/sniff-image-type.js'
export { maxDataUrlBytes, toDataUrl } from './image/to-data-url.js'
export { parseModelOptions, pixelDefaults } from './options/model-options.js'
export {
  type CompletedField,
  createPartialObjectParser,
  type PartialObjectParser,
} from './parse/create-partial-object-parser.js'
export { type ParsedModelText, parseModelText } from './parse/parse-model-text.js'
export { unfence } from './parse/unfence.js'
export { checkTemplate, supportedTemplateSpecifications } from './registry/check-template.js'
export {
  createRegistry,
  type EngineFactory,
  type RegisteredTemplate,
  type Registry,
  type RegistryOptions,
} from './registry/create-registry.js'
export { findTemplatePackages, type TemplatePackage } from './registry/find-template-packages.js'
export {
  type LoadTemplatesOptions,
  type LoadTemplatesReport,
  loadTemplates,
} from './registry/load-templates.js'
export type { ExtractResult } from './result.js'
export { defineTemplate } from './template/define-template.js'
export type {
  Issue,
  JsonSchema,
  LocalFieldRule,
  LocalLabelPlace,
  LocalRegion,
  LocalRules,
  PromptOptions,
  Template,
  TemplateDefinition,
  TemplateExample,
} from './template/types.js'
export { withSchema } from './template/with-schema.js'
export {
  addYears,
  type CalendarDay,
  calendarDayNumber,
  checkDateValue,
  type DateField,
  formatCalendarDay,
  type PrintedDateForm,
  readCalendarDay,
} from './validate/calendar-day.js'
export { checkResidentIdNumber, type ResidentIdNumberField } from './validate/check-resident-id-number.js'
export { creditCodeAlphabet, creditCodeCheckCharacter } from './validate/credit-code-check-character.js'
export { findLatexImbalance } from './validate/find-latex-imbalance.js'
export { findUncertain } from './validate/find-uncertain.js'
export { isCalendarDate } from './validate/is-calendar-date.js'
export { residentIdCheckCharacter } from './validate/resident-id-check-character.js'
export { validateData } from './validate/validate-data.js'
export { hasWildcard, wildcardPattern } from './validate/wildcard-pattern.js'
