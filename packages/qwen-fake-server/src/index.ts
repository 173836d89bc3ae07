export {
  dataInspectionFailedReply,
  internalErrorReply,
  invalidApiKeyReply,
  invalidParameterReply,
  rateLimitedReply,
  serviceUnavailableReply,
} from './error-replies.js'
export {
  type FaultInjector,
  type InjectFaultsOptions,
  injectFaults,
  type TransientFault,
  transientFaults,
} from './inject-faults.js'
export { sequenceReplies } from './sequence-replies.js'
export {
  defaultFakeText,
  type FakeQwenServer,
  type FakeQwenServerOptions,
  startFakeQwenServer,
} from './start-fake-qwen-server.js'
export { type FakeTokenLogprob, tokenLogprobs } from './token-logprobs.js'
export { tokenizeContent } from './tokenize-content.js'
export type {
  ErrorReply,
  FakeLogprobs,
  FakeReply,
  FakeUsage,
  FaultReply,
  RecordedChatBody,
  RecordedContentPart,
  RecordedRequest,
  ReplyFunction,
  TextReply,
} from './types.js'
