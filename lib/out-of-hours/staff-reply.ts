// Issue 16 §5 — "a reply staff can paste": a ready customer-facing sentence saying who answers at a moment and,
// when nobody can right then, from when an agent will ("Te responderá un asesor el martes 2 de diciembre a partir
// de las 8:00 (hora estándar de Colombia)"). Written in the customer's language and, optionally, their own zone.
import { nextChange } from '../schedule/engine'
import type { Decision, RoutingConfig } from '../routing/types'
import { datePhrase, fromTime, type MessageLanguage } from './phrases'
import { wallClock } from './wall-clock'
import { zoneName as localizedZoneName } from '../clock/zone-name'

/** The zone's everyday name in the language ("hora estándar de Colombia", "Colombia Standard Time"). */
export function zoneName(timeZone: string, at: Date, language: MessageLanguage): string {
  // Inside a sentence: Portuguese "horário padrão da Colômbia", not "horário Padrão da Colômbia" (issue 22).
  return localizedZoneName(timeZone, language, at)
}

/** "hoy a partir de las 20:00" / "el martes 2 de diciembre a partir de las 8:00 (hora estándar de Colombia)". */
export function fromWhen(instant: Date, at: Date, timeZone: string, language: MessageLanguage): string {
  const target = wallClock(instant, timeZone)
  const today = wallClock(at, timeZone)
  const from = fromTime(target.minutes, language)
  const zone = zoneName(timeZone, instant, language)
  if (target.dayNumber === today.dayNumber) {
    const day = language === 'en' ? 'today' : language === 'pt-BR' ? 'hoje' : 'hoy'
    return `${day} ${from} (${zone})`
  }
  const date = datePhrase(target, target.year !== today.year, language)
  return `${date}${language === 'pt-BR' ? ',' : ''} ${from} (${zone})`
}

const SENTENCES: Record<
  MessageLanguage,
  {
    agentsNow: string
    agentsLater: (when: string) => string
    agentsReopen: string
    queue: string
    assistant: (name: string | null) => string
    assistantThenAgents: (when: string) => string
  }
> = {
  es: {
    agentsNow: 'Te está atendiendo un asesor ahora mismo.',
    agentsLater: (when) => `Te responderá un asesor ${when}.`,
    agentsReopen: 'Te responderá un asesor en cuanto volvamos a abrir.',
    queue: 'Te responderá un asesor en cuanto haya uno disponible.',
    assistant: (name) =>
      name
        ? `Ahora te responde ${name}, nuestro asistente virtual.`
        : 'Ahora te responde nuestro asistente virtual.',
    assistantThenAgents: (when) => `Si prefieres hablar con un asesor, te atenderá ${when}.`,
  },
  en: {
    agentsNow: 'An agent is answering you right now.',
    agentsLater: (when) => `An agent will reply ${when}.`,
    agentsReopen: 'An agent will reply as soon as we reopen.',
    queue: 'An agent will reply as soon as one is available.',
    assistant: (name) =>
      name
        ? `${name}, our virtual assistant, is answering you right now.`
        : 'Our virtual assistant is answering you right now.',
    assistantThenAgents: (when) => `If you’d rather talk to an agent, one will reply ${when}.`,
  },
  'pt-BR': {
    agentsNow: 'Um atendente está te respondendo agora mesmo.',
    agentsLater: (when) => `Um atendente vai te responder ${when}.`,
    agentsReopen: 'Um atendente vai te responder assim que voltarmos a abrir.',
    queue: 'Um atendente vai te responder assim que houver um disponível.',
    assistant: (name) =>
      name
        ? `${name}, nosso assistente virtual, está te respondendo agora.`
        : 'Nosso assistente virtual está te respondendo agora.',
    assistantThenAgents: (when) => `Se preferir falar com um atendente, ele vai te responder ${when}.`,
  },
}

export type StaffReplyInput = {
  config: RoutingConfig
  decision: Decision
  at: Date
  language: MessageLanguage
  /** The zone the customer reads times in (the scope's by default). */
  timeZone: string
  assistantName: string | null
}

/** The sentence for `decision` (= decide(config, at, …)), ready to paste to the customer. */
export function staffReply({
  config,
  decision,
  at,
  language,
  timeZone,
  assistantName,
}: StaffReplyInput): string {
  const s = SENTENCES[language]
  // When business hours open next: the earliest an agent can answer once they are closed.
  const opening = () =>
    decision.businessOpen ? null : (decision.nextOpening ?? nextChange(config.business, at))
  switch (decision.responder) {
    case 'agents':
      return s.agentsNow
    case 'queue':
      return s.queue
    case 'closed': {
      const next = opening()
      return next === null ? s.agentsReopen : s.agentsLater(fromWhen(next, at, timeZone, language))
    }
    case 'assistant': {
      const name = assistantName?.trim() || null
      const next = opening()
      return next === null
        ? s.assistant(name)
        : `${s.assistant(name)} ${s.assistantThenAgents(fromWhen(next, at, timeZone, language))}`
    }
  }
}
