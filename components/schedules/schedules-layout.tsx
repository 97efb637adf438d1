import { getTranslations } from 'next-intl/server'
import type { ScopeSummary } from '@/db/queries'
import { ScopeSelector } from './scope-selector'
import { ScopePickerSelect } from './scope-picker-select'
import { NewDepartmentDialog } from '@/components/departments/new-department-dialog'
import { DepartmentActions } from '@/components/departments/department-actions'
import { PreviewLink } from '@/components/preview/preview-link'

/** Ajustes Generales → Horarios: the scope selector beside the selected scope's configuration. */
export async function SchedulesLayout({
  scopes,
  current,
  canEdit,
  children,
}: {
  scopes: ScopeSummary[]
  current: string | null
  canEdit: boolean
  children: React.ReactNode
}) {
  const t = await getTranslations('schedules.page')
  const currentName = current === null ? null : scopes.find((s) => s.departmentId === current)?.name
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-muted-foreground">{t('breadcrumb')}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{t('description')}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside className="lg:sticky lg:top-4 lg:self-start">
          {/* Phones and tablets get a select above the editor; the list of every department is for wide screens. */}
          <div className="lg:hidden">
            <ScopePickerSelect scopes={scopes} current={current} />
          </div>
          <div className="hidden lg:block">
            <ScopeSelector scopes={scopes} current={current} />
          </div>
          {canEdit ? (
            <div className="mt-3">
              <NewDepartmentDialog />
            </div>
          ) : null}
        </aside>
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-xl font-semibold tracking-tight" data-testid="scope-title">
              {currentName ?? t('general')}
            </h2>
            <div className="flex flex-wrap items-center gap-2">
              <PreviewLink departmentId={current} />
              {canEdit && current !== null && currentName ? (
                <DepartmentActions departmentId={current} name={currentName} />
              ) : null}
            </div>
          </div>
          {children}
        </div>
      </div>
    </div>
  )
}
