'use client'

import { useState, useTransition } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useFormatter, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { Copy, KeyRound, Trash2 } from '@/components/ui/icons'
import { toast } from '@/components/ui/toast'
import {
  API_KEY_PERMISSIONS,
  CreateApiKeySchema,
  type ApiKeyPermission,
  type CreateApiKeyInput,
} from '@/lib/api/api-key-schema'
import { createApiKeyAction, revokeApiKeyAction } from '@/server/actions/api-key-actions'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Checkbox } from '@/components/ui/checkbox'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { FieldError } from '@/components/ui/form-message'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { useActionErrorMessage, useFieldErrorText } from '@/components/forms/use-action-error'

type KeyRow = {
  id: string
  name: string
  prefix: string
  permissions: ApiKeyPermission[]
  createdAt: string
  createdByName: string
  lastUsedAt: string | null
}

const PERMISSION_KEY: Record<ApiKeyPermission, string> = {
  'routing:read': 'routingRead',
  'settings:read': 'settingsRead',
  'settings:write': 'settingsWrite',
  'presence:write': 'presenceWrite',
}

export function ApiKeysPanel({ keys, timeZone }: { keys: KeyRow[]; timeZone: string }) {
  const t = useTranslations('api.keys')
  const format = useFormatter()
  const actionError = useActionErrorMessage()
  // The panel's own wording where it has one; any other failure (e.g. `unavailable` during a database outage) in the
  // shared words of every action, never a missing message.
  const failureText = (failure: { error: string; retryAfterMinutes?: number }) =>
    t.has(`errors.${failure.error}`)
      ? t(`errors.${failure.error}` as 'errors.unexpected')
      : actionError(failure)
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null)
  const form = useForm<CreateApiKeyInput>({
    resolver: zodResolver(CreateApiKeySchema),
    defaultValues: { name: '', permissions: ['routing:read'] },
  })
  const permissionLabel = (permission: ApiKeyPermission) =>
    t(`permissions.${PERMISSION_KEY[permission]}` as 'permissions.routingRead')
  const dateTime = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone })

  const onCreate = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await createApiKeyAction(values)
      if (!result.ok) {
        const fields = result.fieldErrors ?? {}
        if (fields.name) form.setError('name', { message: fields.name })
        if (fields.permissions) form.setError('permissions', { message: fields.permissions })
        if (!fields.name && !fields.permissions) toast.error(failureText(result))
        return
      }
      setCreated({ name: values.name.trim(), secret: result.data.secret })
      form.reset({ name: '', permissions: ['routing:read'] })
      router.refresh()
    }),
  )

  const copySecret = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret)
      toast.success(t('copied'))
    } catch {
      toast.error(t('copyFailed'))
    }
  }

  const nameError = form.formState.errors.name?.message
  const permissionsError =
    form.formState.errors.permissions?.message ?? form.formState.errors.permissions?.root?.message
  const errorText = useFieldErrorText('api.keys')

  return (
    <section
      aria-labelledby="api-keys-title"
      className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]"
    >
      <Card>
        <CardHeader>
          <CardTitle id="api-keys-title" className="flex items-center gap-2">
            <KeyRound aria-hidden className="size-5" />
            {t('title')}
          </CardTitle>
          <CardDescription>{t('description')}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {created ? (
            <div className="space-y-2 rounded-md border border-primary/40 bg-muted p-3" role="status">
              <p className="text-sm font-medium">{t('createdTitle', { name: created.name })}</p>
              <p className="text-sm text-muted-foreground">{t('createdOnce')}</p>
              <Label htmlFor="api-key-secret" className="sr-only">
                {t('secretLabel')}
              </Label>
              <Input
                id="api-key-secret"
                readOnly
                value={created.secret}
                className="font-mono"
                onFocus={(e) => e.currentTarget.select()}
              />
              <div className="flex flex-wrap gap-2">
                <Button type="button" variant="outline" size="sm" onClick={() => copySecret(created.secret)}>
                  <Copy aria-hidden className="size-4" />
                  {t('copy')}
                </Button>
                <Button type="button" variant="ghost" size="sm" onClick={() => setCreated(null)}>
                  {t('done')}
                </Button>
              </div>
            </div>
          ) : null}
          {keys.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('empty')}</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t('name')}</TableHead>
                  <TableHead>{t('prefix')}</TableHead>
                  <TableHead>{t('permissionsColumn')}</TableHead>
                  <TableHead>{t('created')}</TableHead>
                  <TableHead>{t('lastUsed')}</TableHead>
                  <TableHead>
                    <span className="sr-only">{t('actions')}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keys.map((key) => (
                  <TableRow key={key.id}>
                    <TableCell className="font-medium">{key.name}</TableCell>
                    <TableCell>
                      <code className="text-xs">{key.prefix}…</code>
                    </TableCell>
                    <TableCell>
                      <ul className="text-sm">
                        {key.permissions.map((permission) => (
                          <li key={permission}>{permissionLabel(permission)}</li>
                        ))}
                      </ul>
                    </TableCell>
                    <TableCell className="text-sm">
                      {dateTime(key.createdAt)}
                      <span className="block text-muted-foreground">
                        {t('by', { name: key.createdByName })}
                      </span>
                    </TableCell>
                    <TableCell className="text-sm">
                      {key.lastUsedAt ? dateTime(key.lastUsedAt) : t('never')}
                    </TableCell>
                    <TableCell className="text-right">
                      <ConfirmDialog
                        trigger={
                          <Button variant="ghost" size="icon" aria-label={t('revokeOf', { name: key.name })}>
                            <Trash2 aria-hidden className="size-4" />
                          </Button>
                        }
                        title={t('revokeTitle', { name: key.name })}
                        description={t('revokeDescription', { prefix: key.prefix })}
                        cancelLabel={t('cancel')}
                        confirmLabel={t('revoke')}
                        destructive
                        onConfirm={() =>
                          startTransition(async () => {
                            const result = await revokeApiKeyAction({ keyId: key.id })
                            if (!result.ok) {
                              toast.error(failureText(result))
                              return
                            }
                            toast.success(t('revoked', { name: key.name }))
                            router.refresh()
                          })
                        }
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t('createTitle')}</CardTitle>
          <CardDescription>{t('createDescription')}</CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={onCreate} noValidate className="space-y-4">
            <div className="space-y-1.5">
              <Label htmlFor="api-key-name">{t('name')}</Label>
              <Input
                id="api-key-name"
                autoComplete="off"
                aria-invalid={!!nameError}
                aria-describedby={nameError ? 'api-key-name-error' : undefined}
                {...form.register('name')}
              />
              <FieldError id="api-key-name-error" message={errorText(nameError)} />
            </div>
            <fieldset
              className="space-y-2"
              aria-describedby={permissionsError ? 'api-key-permissions-error' : undefined}
            >
              <legend className="text-sm font-medium">{t('permissionsColumn')}</legend>
              <Controller
                control={form.control}
                name="permissions"
                render={({ field }) => (
                  <div className="space-y-2">
                    {API_KEY_PERMISSIONS.map((permission) => {
                      const id = `api-key-permission-${PERMISSION_KEY[permission]}`
                      const checked = field.value.includes(permission)
                      return (
                        <div key={permission} className="flex items-start gap-2">
                          <Checkbox
                            id={id}
                            checked={checked}
                            onCheckedChange={(value) =>
                              field.onChange(
                                value === true
                                  ? API_KEY_PERMISSIONS.filter(
                                      (p) => p === permission || field.value.includes(p),
                                    )
                                  : field.value.filter((p) => p !== permission),
                              )
                            }
                          />
                          <Label htmlFor={id} className="font-normal leading-5">
                            {permissionLabel(permission)}
                          </Label>
                        </div>
                      )
                    })}
                  </div>
                )}
              />
              <FieldError id="api-key-permissions-error" message={errorText(permissionsError)} />
            </fieldset>
            <Button type="submit" disabled={pending} className="w-full">
              {t('create')}
            </Button>
          </form>
        </CardContent>
      </Card>
    </section>
  )
}
