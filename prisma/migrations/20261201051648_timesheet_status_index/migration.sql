-- CreateIndex
CREATE INDEX "Timesheet_status_year_month_idx" ON "Timesheet"("status", "year", "month");
