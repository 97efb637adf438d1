import { describe, expect, it } from 'vitest'
import { decide } from '../routing'
import { at, config, schedule } from '../routing/test-fixtures'
import type { RoutingConfig } from '../routing/types'
import type { MessageLanguage } from './phrases'
import { staffReply, zoneName } from './staff-reply'

const BOGOTA = 'America/Bogota'
const business = schedule(BOGOTA, { weekdays: [['08:00', '18:00']] }, [{ date: '2026-12-08', ranges: [] }])
const noAssistant = config(business, null)
const nightAssistant = config(business, {
  active: true,
  schedule: schedule(BOGOTA, { all: [['18:00', '23:00']] }),
})

function reply(c: RoutingConfig, iso: string, agents: number, language: MessageLanguage, timeZone = BOGOTA) {
  const moment = at(iso)
  return staffReply({
    config: c,
    decision: decide(c, moment, agents),
    at: moment,
    language,
    timeZone,
    assistantName: 'Aurora',
  })
}

describe('staffReply — a sentence staff can paste (issue 16 §5)', () => {
  it('closed: names the day and time an agent will answer, with the zone, in each language', () => {
    // Monday 30 November 2026, 20:00 — next opening Tuesday 1 December 8:00.
    expect(reply(noAssistant, '2026-11-30T20:00-05:00', 0, 'es')).toBe(
      `Te responderá un asesor el martes 1 de diciembre a partir de las 8:00 (${zoneName(BOGOTA, at('2026-12-01T08:00-05:00'), 'es')}).`,
    )
    expect(reply(noAssistant, '2026-11-30T20:00-05:00', 0, 'en')).toMatch(
      /^An agent will reply on Tuesday, December 1 from 8:00 AM \(Colombia .*Time\)\.$/,
    )
    expect(reply(noAssistant, '2026-11-30T20:00-05:00', 0, 'pt-BR')).toMatch(
      /^Um atendente vai te responder na terça-feira, 1 de dezembro, a partir das 8h \(horário .*Colômbia\)\.$/,
    )
    expect(zoneName(BOGOTA, at('2026-12-01T08:00-05:00'), 'es')).toMatch(/Colombia/)
    // Issue 22: mid-sentence in Portuguese, the generic words are lower-case (not "horário Padrão da Colômbia").
    expect(zoneName(BOGOTA, at('2026-12-01T08:00-05:00'), 'pt-BR')).toBe('horário padrão da Colômbia')
  })

  it('closed early in the morning: "hoy a partir de las 8:00"; across a holiday it skips to the next opening', () => {
    expect(reply(noAssistant, '2026-12-01T06:00-05:00', 0, 'es')).toMatch(
      /^Te responderá un asesor hoy a partir de las 8:00 \(/,
    )
    expect(reply(noAssistant, '2026-12-07T19:00-05:00', 0, 'es')).toMatch(
      /el miércoles 9 de diciembre a partir de las 8:00/,
    )
  })

  it('in the customer’s own zone: for Madrid it is already Tuesday 02:00, so "hoy a partir de las 14:00"', () => {
    const text = reply(noAssistant, '2026-11-30T20:00-05:00', 0, 'es', 'Europe/Madrid')
    expect(text).toMatch(/^Te responderá un asesor hoy a partir de las 14:00 \(.*Europa central\)\.$/)
    const earlier = reply(noAssistant, '2026-12-01T06:00-05:00', 0, 'es', 'Europe/Madrid')
    expect(earlier).toMatch(/^Te responderá un asesor hoy a partir de las 14:00/)
    const night = reply(noAssistant, '2026-11-30T18:30-05:00', 0, 'en', 'Asia/Tokyo')
    expect(night).toMatch(/^An agent will reply today from 10:00 PM \(Japan/)
  })

  it('agents available, queue, nothing within 400 days', () => {
    expect(reply(noAssistant, '2026-12-01T10:00-05:00', 2, 'es')).toBe(
      'Te está atendiendo un asesor ahora mismo.',
    )
    expect(reply(noAssistant, '2026-12-01T10:00-05:00', 0, 'en')).toBe(
      'An agent will reply as soon as one is available.',
    )
    const never = config(schedule(BOGOTA, {}), null)
    expect(reply(never, '2026-12-01T10:00-05:00', 0, 'pt-BR')).toBe(
      'Um atendente vai te responder assim que voltarmos a abrir.',
    )
  })

  it('the assistant answers now; outside business hours it also says when an agent can take over', () => {
    expect(reply(nightAssistant, '2026-11-30T20:00-05:00', 0, 'es')).toMatch(
      /^Ahora te responde Aurora, nuestro asistente virtual\. Si prefieres hablar con un asesor, te atenderá el martes 1 de diciembre a partir de las 8:00 \(/,
    )
    expect(reply(nightAssistant, '2026-11-30T20:00-05:00', 0, 'en')).toMatch(
      /^Aurora, our virtual assistant, is answering you right now\. If you’d rather talk to an agent, one will reply on Tuesday/,
    )
    // Priority agents, business open, nobody online, assistant on: no "later" part (business is open).
    const daytime = config(business, { active: true, schedule: null }, 'agents')
    expect(reply(daytime, '2026-12-01T10:00-05:00', 0, 'pt-BR')).toBe(
      'Aurora, nosso assistente virtual, está te respondendo agora.',
    )
  })
})
