import { ADMIN, expect, test } from './fixtures'
import { deleteOpenDepartment, openScope, saveAndConfirm } from './schedules-helpers'

test.use({ storageState: ADMIN.state })

// Issue 7 / docs/behaviour.md §5: the coverage map warns when customers get nobody, and the warning goes away once an admin
// covers those hours in the editor. Works on a department it creates (and deletes), so the seed stays intact.
test('§5 a "nadie atiende" warning disappears once the admin covers the gap in Horarios', async ({
  page,
  departments,
}) => {
  const path = await departments.create('Cobertura total')
  const departmentId = decodeURIComponent(path.split('/').pop()!)

  // Using General (Mon–Fri 08–18, Sat 09–13): nights and Sundays get nobody.
  await page.goto(`/preview?scope=${encodeURIComponent(departmentId)}`)
  const warnings = page.getByTestId('coverage-warnings')
  await expect(warnings.locator('[data-code="no_one_outside_hours"]').first()).toContainText('nadie atiende')

  await openScope(page, path)
  await page.getByRole('radio', { name: /Configuración propia/ }).click()
  await page.getByRole('button', { name: 'Abrir 24/7' }).click()
  await saveAndConfirm(page)

  // A week without holidays (Colombia's fall on General's special dates, which 24/7 weekly hours keep closed): the
  // map starts on Monday 1 March 2027 whatever day the suite runs.
  await page.goto(`/preview?scope=${encodeURIComponent(departmentId)}&from=2027-03-01`)
  await expect(page.getByTestId('coverage-warnings')).toBeVisible()
  await expect(warnings.locator('[data-code="no_one_outside_hours"]')).toHaveCount(0)

  await openScope(page, path)
  await deleteOpenDepartment(page)
})
