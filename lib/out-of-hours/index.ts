// Issue 16 — the out-of-hours message with variables: pure rendering shared by the editor, the preview and the API.
export {
  MESSAGE_LANGUAGES,
  isMessageLanguage,
  timeOfDay,
  datePhrase,
  fromTime,
  type MessageLanguage,
  type WallDay,
} from './phrases'
export { wallClock, type WallClock } from './wall-clock'
export {
  PLACEHOLDERS,
  placeholderTokens,
  unknownPlaceholders,
  nextOpeningOf,
  openingPhrase,
  todayHoursText,
  weekHoursText,
  placeholderValues,
  renderMessage,
  maxNextOpeningLength,
  worstCaseLength,
  renderedWorstCase,
  type Placeholder,
  type PlaceholderToken,
  type MessageScope,
  type RenderContext,
  type NextOpening,
} from './render'
export { staffReply, zoneName, fromWhen, type StaffReplyInput } from './staff-reply'
export {
  canonicalMessages,
  mainLanguage,
  outOfHoursText,
  pickMessage,
  type OutOfHoursMessages,
} from './messages'
