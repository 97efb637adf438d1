// docs/behaviour.md §5 — a decision lasts until the responder OR the reason changes. When only the reason changes
// (the assistant keeps answering, but now because business hours closed), "después: Asistente Inteligente" reads
// like nothing happens: the preview says what changes instead. With the agent counts fixed, only two facts can
// change: whether business hours are open and whether the assistant is within its hours.
import type { Decision } from '../routing/types'

export type DecisionChange = 'businessCloses' | 'businessOpens' | 'assistantStops' | 'assistantStarts'

/** What differs between a decision and the next one (`after` = decide(config, before.until, agents)). */
export function decisionChanges(
  before: Pick<Decision, 'businessOpen' | 'assistantOn'>,
  after: Pick<Decision, 'businessOpen' | 'assistantOn'>,
): DecisionChange[] {
  const changes: DecisionChange[] = []
  if (before.businessOpen !== after.businessOpen)
    changes.push(after.businessOpen ? 'businessOpens' : 'businessCloses')
  if (before.assistantOn !== after.assistantOn)
    changes.push(after.assistantOn ? 'assistantStarts' : 'assistantStops')
  return changes
}
