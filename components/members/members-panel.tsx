'use client'

import { useState, useTransition } from 'react'
import { useForm, Controller } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/ui/toast'
import { Copy, Trash2 } from '@/components/ui/icons'
import { InviteMemberSchema, type InviteMemberInput } from '@/lib/auth/auth-schemas'
import {
  cancelInvitationAction,
  changeMemberRoleAction,
  inviteMemberAction,
  removeMemberAction,
} from '@/server/actions/member-actions'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { FieldError } from '@/components/ui/form-message'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { useActionErrorMessage, useFieldErrorText } from '@/components/forms/use-action-error'
import { useOrgClock, ZoneNote } from '@/components/clock/org-clock'

type Role = 'admin' | 'staff'
type MemberRow = { id: string; userId: string; name: string; email: string; role: Role }
type InvitationRow = { id: string; email: string; role: Role; expiresAt: string }

export function MembersPanel({
  viewerUserId,
  members,
  invitations,
}: {
  viewerUserId: string
  members: MemberRow[]
  invitations: InvitationRow[]
}) {
  const t = useTranslations('auth.members')
  const fieldErrorText = useFieldErrorText('auth.members')
  const tRole = useTranslations('common.user.role')
  const clock = useOrgClock()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [link, setLink] = useState<string | null>(null)
  const form = useForm<InviteMemberInput>({
    resolver: zodResolver(InviteMemberSchema),
    defaultValues: { email: '', role: 'staff' },
  })

  const actionError = useActionErrorMessage()
  const failure = (error: string) => toast.error(actionError({ error }))

  const onInvite = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await inviteMemberAction(values)
      if (!result.ok) {
        if (result.error === 'invalid' && 'fieldErrors' in result && result.fieldErrors?.email) {
          form.setError('email', { message: 'emailInvalid' })
          return
        }
        if (result.error === 'already_member') {
          form.setError('email', { message: 'alreadyMember' })
          return
        }
        failure(result.error)
        return
      }
      setLink(`${window.location.origin}/sign-up?invitation=${result.data.invitationId}`)
      form.reset({ email: '', role: values.role })
      router.refresh()
    }),
  )

  const emailError = form.formState.errors.email?.message

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <Card>
        <CardHeader>
          <CardTitle>{t('listTitle')}</CardTitle>
        </CardHeader>
        <CardContent>
          <Table containerLabel={t('listTitle')}>
            <TableHeader>
              <TableRow>
                <TableHead>{t('name')}</TableHead>
                <TableHead>{t('email')}</TableHead>
                <TableHead>{t('role')}</TableHead>
                <TableHead>
                  <span className="sr-only">{t('actions')}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((m) => (
                <TableRow key={m.id}>
                  <TableCell className="font-medium">{m.name}</TableCell>
                  <TableCell className="break-all">{m.email}</TableCell>
                  <TableCell>
                    <Select
                      value={m.role}
                      disabled={pending || m.userId === viewerUserId}
                      onValueChange={(role) =>
                        startTransition(async () => {
                          const result = await changeMemberRoleAction({ memberId: m.id, role })
                          if (!result.ok) {
                            failure(result.error)
                            return
                          }
                          toast.success(t('roleChanged'))
                          router.refresh()
                        })
                      }
                    >
                      <SelectTrigger size="sm" aria-label={t('roleOf', { name: m.name })} className="w-40">
                        <SelectValue>{tRole(m.role)}</SelectValue>
                      </SelectTrigger>
                      <SelectContent>
                        <SelectItem value="admin">{tRole('admin')}</SelectItem>
                        <SelectItem value="staff">{tRole('staff')}</SelectItem>
                      </SelectContent>
                    </Select>
                  </TableCell>
                  <TableCell className="text-right">
                    {m.userId === viewerUserId ? null : (
                      <ConfirmDialog
                        trigger={
                          <Button variant="ghost" size="icon" aria-label={t('removeOf', { name: m.name })}>
                            <Trash2 aria-hidden className="size-4" />
                          </Button>
                        }
                        title={t('removeTitle', { name: m.name })}
                        description={t('removeDescription')}
                        cancelLabel={t('cancel')}
                        confirmLabel={t('remove')}
                        destructive
                        onConfirm={() =>
                          startTransition(async () => {
                            const result = await removeMemberAction({ memberId: m.id })
                            if (!result.ok) {
                              failure(result.error)
                              return
                            }
                            toast.success(t('removed'))
                            router.refresh()
                          })
                        }
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>

      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t('inviteTitle')}</CardTitle>
            <CardDescription>{t('inviteDescription')}</CardDescription>
          </CardHeader>
          <CardContent>
            <form onSubmit={onInvite} noValidate className="space-y-4">
              <div className="space-y-1.5">
                <Label htmlFor="invite-email">{t('email')}</Label>
                <Input
                  id="invite-email"
                  type="email"
                  autoComplete="off"
                  aria-invalid={!!emailError}
                  aria-describedby={emailError ? 'invite-email-error' : undefined}
                  {...form.register('email')}
                />
                <FieldError id="invite-email-error" message={fieldErrorText(emailError)} />
              </div>
              <div className="space-y-1.5">
                <Label id="invite-role-label">{t('role')}</Label>
                <Controller
                  control={form.control}
                  name="role"
                  render={({ field }) => (
                    <Select value={field.value} onValueChange={field.onChange}>
                      <SelectTrigger aria-labelledby="invite-role-label" className="w-full">
                        <SelectValue>{tRole(field.value)}</SelectValue>
                      </SelectTrigger>
                      <SelectContent>
                        <SelectItem value="staff">{tRole('staff')}</SelectItem>
                        <SelectItem value="admin">{tRole('admin')}</SelectItem>
                      </SelectContent>
                    </Select>
                  )}
                />
              </div>
              <Button type="submit" disabled={pending} className="w-full">
                {t('invite')}
              </Button>
            </form>
            {link ? (
              <div className="mt-4 space-y-2 rounded-md border bg-muted p-3" role="status">
                <p className="text-sm font-medium">{t('linkReady')}</p>
                <Label htmlFor="invite-link" className="sr-only">
                  {t('linkLabel')}
                </Label>
                <Input id="invite-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => navigator.clipboard?.writeText(link).then(() => toast.success(t('copied')))}
                >
                  <Copy aria-hidden className="size-4" />
                  {t('copy')}
                </Button>
              </div>
            ) : null}
          </CardContent>
        </Card>

        {invitations.length > 0 ? (
          <Card>
            <CardHeader>
              <CardTitle>{t('pendingTitle')}</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="space-y-2">
                {invitations.map((inv) => (
                  <li key={inv.id} className="flex items-center justify-between gap-2 text-sm">
                    <span className="min-w-0">
                      <span className="block truncate font-medium">{inv.email}</span>
                      <span className="text-muted-foreground">
                        {tRole(inv.role)} ·{' '}
                        {t('expires', {
                          date: clock.format(inv.expiresAt, 'date'),
                        })}
                        <ZoneNote at={inv.expiresAt} />
                      </span>
                    </span>
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={pending}
                      onClick={() =>
                        startTransition(async () => {
                          const result = await cancelInvitationAction({ invitationId: inv.id })
                          if (!result.ok) {
                            failure(result.error)
                            return
                          }
                          router.refresh()
                        })
                      }
                    >
                      {t('cancelInvitation')}
                    </Button>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        ) : null}
      </div>
    </div>
  )
}
