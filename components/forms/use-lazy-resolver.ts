'use client'

import { useEffect, useMemo } from 'react'
import type { FieldValues, Resolver } from 'react-hook-form'

/**
 * A react-hook-form resolver whose schema (and zod with it, ~30 KB gzip) is loaded right after the page hydrates
 * instead of with the page's first-load JavaScript (issue 6). Resolvers are asynchronous anyway, so a validation
 * that runs before the chunk arrives simply waits for it. It is the same schema the server action parses with.
 *
 * `load` must be stable (useCallback): a new `load` builds a new resolver (e.g. messages of another locale).
 */
export function useLazyResolver<TFieldValues extends FieldValues, TContext, TTransformedValues>(
  load: () => Promise<Resolver<TFieldValues, TContext, TTransformedValues>>,
): Resolver<TFieldValues, TContext, TTransformedValues> {
  const lazy = useMemo(() => {
    let pending: Promise<Resolver<TFieldValues, TContext, TTransformedValues>> | null = null
    const get = () => {
      pending ??= load().catch((error: unknown) => {
        pending = null // a failed chunk load is retried by the next validation
        throw error
      })
      return pending
    }
    const resolver: Resolver<TFieldValues, TContext, TTransformedValues> = async (values, context, options) =>
      (await get())(values, context, options)
    return { get, resolver }
  }, [load])
  // Prefetch once the page is interactive, so that the first validation does not wait for the network.
  useEffect(() => {
    lazy.get().catch(() => {})
  }, [lazy])
  return lazy.resolver
}
