'use client'

import { useTranslations } from 'next-intl'
import { Save } from '@/components/ui/icons'
import { cn } from '@/lib/utils'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

/** The sticky bar at the bottom of the editor: the live status on the left, save state and buttons on the right. */
export function SaveBar({
  status,
  canEdit,
  isDirty,
  isSubmitting,
  onDiscard,
}: {
  status: React.ReactNode
  canEdit: boolean
  isDirty: boolean
  isSubmitting: boolean
  onDiscard: () => void
}) {
  const t = useTranslations('schedules.save')
  return (
    <div
      data-testid="save-bar"
      className="sticky bottom-0 z-10 -mx-4 border-t bg-background/95 px-4 py-3 shadow-[0_-4px_12px_-8px_rgba(0,0,0,0.15)] backdrop-blur supports-[backdrop-filter]:bg-background/80 sm:mx-0 sm:rounded-xl sm:border"
    >
      <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
        {status}
        {canEdit && (
          <div className="flex shrink-0 flex-wrap items-center justify-end gap-x-2 gap-y-1">
            <span
              className={cn(
                'text-xs',
                isDirty
                  ? 'mr-auto font-medium text-warning sm:mr-0'
                  : 'sr-only text-muted-foreground sm:not-sr-only',
              )}
              aria-live="polite"
            >
              {isDirty ? t('dirty') : t('clean')}
            </span>
            <ConfirmDialog
              trigger={
                <Button variant="ghost" disabled={!isDirty || isSubmitting}>
                  {t('discard')}
                </Button>
              }
              title={t('discardTitle')}
              description={t('discardDescription')}
              cancelLabel={t('keep')}
              confirmLabel={t('discard')}
              onConfirm={onDiscard}
              destructive
            />
            <Button type="submit" disabled={isSubmitting} aria-keyshortcuts="Control+S">
              <Save aria-hidden />
              {isSubmitting ? t('saving') : t('save')}
            </Button>
          </div>
        )}
      </div>
    </div>
  )
}
