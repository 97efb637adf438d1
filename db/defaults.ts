// Default configuration of a new organization's General scope. No 'server-only': shared with the seed.
import type { ScopeConfiguration } from '@/lib/settings/types'
import { emptyWeek } from '@/lib/schedule/constructors'
import { DEFAULT_PRIORITY } from '@/lib/routing/priority'

export const DEFAULT_OUT_OF_HOURS_MESSAGE =
  'Gracias por escribirnos. En este momento estamos fuera de nuestro horario de atención; te responderemos apenas volvamos.'

/** Monday to Friday 09:00–18:00, no holidays, no assistant (priority kept at its default, Asistente Inteligente). */
export function defaultGeneralConfig(timeZone: string): ScopeConfiguration {
  const weekdayHours = () => [{ start: '09:00', end: '18:00' }]
  return {
    business: {
      timeZone,
      weekly: {
        ...emptyWeek(),
        mon: weekdayHours(),
        tue: weekdayHours(),
        wed: weekdayHours(),
        thu: weekdayHours(),
        fri: weekdayHours(),
      },
      overrides: [],
    },
    outOfHoursMessage: DEFAULT_OUT_OF_HOURS_MESSAGE,
    priority: DEFAULT_PRIORITY,
    assistant: null,
  }
}
