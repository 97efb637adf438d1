'use client'

import { useTranslations } from 'next-intl'
import type { ScopeOption } from '@/lib/preview/page-data'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'

/** Which configuration the simulation uses: General or a department (with "usa General" / "propia"). */
export function ScopeSelect({
  id,
  scopes,
  value,
  label,
  onChange,
}: {
  id: string
  scopes: ScopeOption[]
  value: string
  /** The selected scope's name, shown in the server HTML before the options exist. */
  label: string
  onChange: (key: string) => void
}) {
  const t = useTranslations('preview')
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{t('controls.scope')}</Label>
      <Select value={value} onValueChange={onChange}>
        <SelectTrigger id={id} data-testid="scope-select">
          <SelectValue>{label}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {scopes.map((s) => (
            <SelectItem
              key={s.key}
              value={s.key}
              description={
                s.departmentId === null
                  ? undefined
                  : s.usesGeneral
                    ? t('controls.usesGeneral')
                    : t('controls.own')
              }
            >
              {s.departmentId === null ? t('controls.general') : s.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  )
}
