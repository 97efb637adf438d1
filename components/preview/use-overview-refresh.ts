'use client'

import { useEffect, useState } from 'react'
import type { OverviewRow } from '@/lib/preview/overview'

const REFRESH_MS = 30_000

/** The overview of every scope, refreshed every 30 s (and when the tab becomes visible) without reloading the page. */
export function useOverviewRefresh(initialRows: OverviewRow[], nowMs: number) {
  const [now, setNow] = useState(nowMs)
  const [rows, setRows] = useState(initialRows)
  const [updatedAt, setUpdatedAt] = useState(nowMs)
  const [refreshing, setRefreshing] = useState(false)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let cancelled = false
    const refresh = async () => {
      if (document.hidden) return
      setRefreshing(true)
      try {
        const response = await fetch('/api/preview/overview', {
          cache: 'no-store',
          headers: { accept: 'application/json' },
        })
        if (!response.ok) throw new Error(String(response.status))
        const body = (await response.json()) as { now: string; rows: OverviewRow[] }
        if (cancelled) return
        const ms = Date.parse(body.now)
        setRows(body.rows)
        setUpdatedAt(ms)
        setNow(ms)
        setFailed(false)
      } catch {
        if (!cancelled) setFailed(true)
      } finally {
        if (!cancelled) setRefreshing(false)
      }
    }
    const timer = window.setInterval(refresh, REFRESH_MS)
    const onVisible = () => {
      if (!document.hidden) void refresh()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      cancelled = true
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [])

  return { rows, updatedAt, now, refreshing, failed }
}
