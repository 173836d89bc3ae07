import { invalidParameterReply } from './error-replies.js'
import type { ErrorReply, RecordedRequest } from './types.js'

// The service's per data-URI limit ("Exceeded limit on max bytes per data-uri item : 10485760").
const maxDataUriBytes = 10_485_760

/**
 * Refuses what DashScope refuses before the model runs, with its messages: a body that is not JSON,
 * no `user` message, an image URL that is neither http(s) nor a base64 data URL, a data URL over 10 MiB.
 * Returns undefined when the request may be answered.
 */
export function checkChatRequest(request: RecordedRequest): ErrorReply | undefined {
  const body = request.body
  if (body === undefined || typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalidParameterReply('The request body is not valid JSON.')
  }
  const messages = Array.isArray(body.messages) ? body.messages : []
  const userMessages = messages.filter((message) => message?.role === 'user')
  if (userMessages.length === 0) {
    return invalidParameterReply('The input messages do not contain elements with the role of user')
  }
  for (const message of userMessages) {
    if (!Array.isArray(message.content)) continue
    for (const part of message.content) {
      if (part?.type !== 'image_url') continue
      const url = (part.image_url as { url?: unknown } | undefined)?.url
      if (typeof url !== 'string' || !/^(https?:\/\/|data:[^,]*;base64,)/i.test(url)) {
        return invalidParameterReply(
          'The provided URL does not appear to be valid. Ensure it is correctly formatted.',
        )
      }
      if (url.startsWith('data:') && Buffer.byteLength(url) > maxDataUriBytes) {
        return invalidParameterReply(`Exceeded limit on max bytes per data-uri item : ${maxDataUriBytes}`)
      }
    }
  }
  return undefined
}
