import { MESSAGE_LANGUAGES, type MessageLanguage } from '@/lib/out-of-hours/phrases'
import { SelectContent, SelectItem } from '@/components/ui/select'

/** The three message languages as a select's options, labelled with the caller's translations. */
export function MessageLanguageOptions({ label }: { label: (language: MessageLanguage) => string }) {
  return (
    <SelectContent>
      {MESSAGE_LANGUAGES.map((l) => (
        <SelectItem key={l} value={l}>
          {label(l)}
        </SelectItem>
      ))}
    </SelectContent>
  )
}
