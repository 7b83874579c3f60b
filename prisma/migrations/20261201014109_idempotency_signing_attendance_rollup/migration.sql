-- CreateTable
CREATE TABLE "ActionReceipt" (
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "clientAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" JSONB NOT NULL,

    CONSTRAINT "ActionReceipt_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PortalKey" (
    "id" TEXT NOT NULL,
    "publicKeyPem" TEXT NOT NULL,
    "privateKeyPem" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "PortalKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceMonth" (
    "childId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "marked" INTEGER NOT NULL DEFAULT 0,
    "present" INTEGER NOT NULL DEFAULT 0,
    "absent" INTEGER NOT NULL DEFAULT 0,
    "illnessCertified" INTEGER NOT NULL DEFAULT 0,
    "illnessUncertified" INTEGER NOT NULL DEFAULT 0,
    "vacation" INTEGER NOT NULL DEFAULT 0,
    "family" INTEGER NOT NULL DEFAULT 0,
    "quarantine" INTEGER NOT NULL DEFAULT 0,
    "unexcused" INTEGER NOT NULL DEFAULT 0,
    "other" INTEGER NOT NULL DEFAULT 0,
    "unknown" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AttendanceMonth_pkey" PRIMARY KEY ("childId","groupId","month")
);

-- CreateIndex
CREATE INDEX "ActionReceipt_personId_appliedAt_idx" ON "ActionReceipt"("personId", "appliedAt");

-- CreateIndex
CREATE INDEX "AttendanceMonth_organizationId_month_idx" ON "AttendanceMonth"("organizationId", "month");

-- CreateIndex
CREATE INDEX "AttendanceMonth_groupId_month_idx" ON "AttendanceMonth"("groupId", "month");

-- AttendanceMonth is kept by statement-level triggers on AttendanceMark: each statement's rows (the
-- transition tables) become signed deltas per child, group and month, merged in key order (so two
-- statements lock the rollup's rows in the same order and cannot deadlock), and rows that no longer
-- count a mark are removed.
CREATE TYPE attendance_month_delta AS (
  "childId" TEXT, "groupId" TEXT, "organizationId" TEXT, month DATE, sign INTEGER,
  status "AttendanceStatus", reason "AbsenceReason"
);

CREATE FUNCTION attendance_month_apply(ds attendance_month_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "AttendanceMonth" AS a ("childId", "groupId", "organizationId", month, marked, present, absent,
    "illnessCertified", "illnessUncertified", vacation, family, quarantine, unexcused, other, unknown)
  SELECT d."childId", d."groupId", max(d."organizationId"), d.month,
    sum(d.sign),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'PRESENT'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND d.reason = 'ILLNESS_CERTIFIED'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND d.reason = 'ILLNESS_UNCERTIFIED'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND d.reason = 'VACATION'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND d.reason = 'FAMILY'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND d.reason = 'QUARANTINE'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND d.reason = 'UNEXCUSED'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND d.reason = 'OTHER'), 0),
    coalesce(sum(d.sign) FILTER (WHERE d.status = 'ABSENT' AND (d.reason IS NULL OR d.reason = 'UNKNOWN')), 0)
  FROM unnest(ds) d
  GROUP BY d."childId", d."groupId", d.month
  ORDER BY d."childId", d."groupId", d.month
  ON CONFLICT ("childId", "groupId", month) DO UPDATE SET
    marked = a.marked + EXCLUDED.marked,
    present = a.present + EXCLUDED.present,
    absent = a.absent + EXCLUDED.absent,
    "illnessCertified" = a."illnessCertified" + EXCLUDED."illnessCertified",
    "illnessUncertified" = a."illnessUncertified" + EXCLUDED."illnessUncertified",
    vacation = a.vacation + EXCLUDED.vacation,
    family = a.family + EXCLUDED.family,
    quarantine = a.quarantine + EXCLUDED.quarantine,
    unexcused = a.unexcused + EXCLUDED.unexcused,
    other = a.other + EXCLUDED.other,
    unknown = a.unknown + EXCLUDED.unknown;
  DELETE FROM "AttendanceMonth" a
  USING (SELECT DISTINCT "childId", "groupId", month FROM unnest(ds) WHERE sign < 0) k
  WHERE a."childId" = k."childId" AND a."groupId" = k."groupId" AND a.month = k.month AND a.marked <= 0;
$$;

CREATE FUNCTION attendance_month_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM attendance_month_apply(ARRAY(
    SELECT ROW(n."childId", n."groupId", n."organizationId", date_trunc('month', n.date)::date, 1, n.status, n.reason)::attendance_month_delta
    FROM new_rows n));
  RETURN NULL;
END $$;

CREATE FUNCTION attendance_month_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM attendance_month_apply(ARRAY(
    SELECT ROW(o."childId", o."groupId", o."organizationId", date_trunc('month', o.date)::date, -1, o.status, o.reason)::attendance_month_delta
    FROM old_rows o
    UNION ALL
    SELECT ROW(n."childId", n."groupId", n."organizationId", date_trunc('month', n.date)::date, 1, n.status, n.reason)::attendance_month_delta
    FROM new_rows n));
  RETURN NULL;
END $$;

CREATE FUNCTION attendance_month_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM attendance_month_apply(ARRAY(
    SELECT ROW(o."childId", o."groupId", o."organizationId", date_trunc('month', o.date)::date, -1, o.status, o.reason)::attendance_month_delta
    FROM old_rows o));
  RETURN NULL;
END $$;

CREATE TRIGGER attendance_month_insert AFTER INSERT ON "AttendanceMark"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_month_on_insert();
CREATE TRIGGER attendance_month_update AFTER UPDATE ON "AttendanceMark"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_month_on_update();
CREATE TRIGGER attendance_month_delete AFTER DELETE ON "AttendanceMark"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_month_on_delete();

-- The marks already there.
INSERT INTO "AttendanceMonth" ("childId", "groupId", "organizationId", month, marked, present, absent,
  "illnessCertified", "illnessUncertified", vacation, family, quarantine, unexcused, other, unknown)
SELECT m."childId", m."groupId", max(m."organizationId"), date_trunc('month', m.date)::date,
  count(*), count(*) FILTER (WHERE m.status = 'PRESENT'), count(*) FILTER (WHERE m.status = 'ABSENT'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND m.reason = 'ILLNESS_CERTIFIED'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND m.reason = 'ILLNESS_UNCERTIFIED'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND m.reason = 'VACATION'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND m.reason = 'FAMILY'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND m.reason = 'QUARANTINE'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND m.reason = 'UNEXCUSED'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND m.reason = 'OTHER'),
  count(*) FILTER (WHERE m.status = 'ABSENT' AND (m.reason IS NULL OR m.reason = 'UNKNOWN'))
FROM "AttendanceMark" m
GROUP BY m."childId", m."groupId", date_trunc('month', m.date)::date;
