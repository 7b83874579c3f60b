-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('COUNTRY', 'REGION', 'DISTRICT', 'CITY');

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('REGION_AUTHORITY', 'DISTRICT_AUTHORITY', 'KINDERGARTEN', 'SCHOOL', 'OTHER');

-- CreateEnum
CREATE TYPE "AccessLevel" AS ENUM ('EVERYONE', 'REGISTERED', 'MEMBERS', 'ADMINISTRATORS');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('AUTHORITY_HEAD', 'AUTHORITY_DEPUTY', 'AUTHORITY_ADMIN', 'AUTHORITY_EMPLOYEE', 'KG_DIRECTOR', 'KG_DEPUTY', 'KG_ADMIN', 'METHODOLOGIST', 'EDUCATOR', 'ASSISTANT_EDUCATOR', 'MUSIC_TEACHER', 'NURSE', 'OTHER_STAFF');

-- CreateEnum
CREATE TYPE "QualificationCategory" AS ENUM ('PEDAGOG_INTERN', 'PEDAGOG', 'PEDAGOG_MODERATOR', 'PEDAGOG_EXPERT', 'PEDAGOG_RESEARCHER', 'PEDAGOG_MASTER', 'HIGHEST', 'FIRST', 'SECOND', 'NONE');

-- CreateEnum
CREATE TYPE "CodePurpose" AS ENUM ('SIGN_IN', 'TIMESHEET_CONFIRM', 'EMAIL_CONFIRM');

-- CreateEnum
CREATE TYPE "SignInMethod" AS ENUM ('OTP', 'EDS', 'PASSWORD');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "GroupLanguage" AS ENUM ('KK', 'RU', 'MIXED');

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('HOLIDAY', 'TRANSFER_DAY_OFF', 'WORKING_DAY');

-- CreateEnum
CREATE TYPE "EnrolmentEnd" AS ENUM ('TRANSFERRED', 'WITHDRAWN', 'SCHOOL');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT');

-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('ILLNESS_CERTIFIED', 'ILLNESS_UNCERTIFIED', 'VACATION', 'FAMILY', 'QUARANTINE', 'UNEXCUSED', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "TimesheetStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISPUTED', 'NOT_CONFIRMED', 'CORRECTED');

-- CreateEnum
CREATE TYPE "SignatureMethod" AS ENUM ('OTP', 'EDS');

-- CreateEnum
CREATE TYPE "VoucherStatus" AS ENUM ('ACTIVE', 'ANNULLED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AbsenceNoticeKind" AS ENUM ('UNEXPLAINED', 'PLANNED');

-- CreateEnum
CREATE TYPE "AbsenceNoticeStatus" AS ENUM ('SENT', 'ANSWERED', 'APPLIED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PriorityCategory" AS ENUM ('NONE', 'OUT_OF_TURN', 'DISABLED_PARENT', 'ORPHAN', 'LARGE_FAMILY', 'SPECIAL_NEEDS');

-- CreateEnum
CREATE TYPE "QueueStatus" AS ENUM ('WAITING', 'REFERRED', 'ENROLLED', 'INACTIVE', 'REMOVED');

-- CreateEnum
CREATE TYPE "PlaceStatus" AS ENUM ('PRIORITY', 'GENERAL', 'TAKEN', 'ENROLLED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('ISSUED', 'ACCEPTED', 'REFUSED', 'EXPIRED', 'ENROLLED');

-- CreateEnum
CREATE TYPE "ProtocolEventKind" AS ENUM ('RELEASED', 'MOVED_TO_GENERAL', 'TAKEN', 'WITHDRAWN', 'EXPIRED', 'ENROLLED');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ANSWERED');

-- CreateTable
CREATE TABLE "Territory" (
    "id" TEXT NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "code" TEXT NOT NULL,
    "parentId" TEXT,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "orgType" TEXT NOT NULL,
    "shortNameKk" TEXT NOT NULL,
    "shortNameRu" TEXT NOT NULL,
    "fullNameKk" TEXT NOT NULL,
    "fullNameRu" TEXT NOT NULL,
    "bin" TEXT,
    "territoryId" TEXT NOT NULL,
    "parentId" TEXT,
    "subordinationExcludedAt" TIMESTAMP(3),
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Almaty',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationSettings" (
    "organizationId" TEXT NOT NULL,
    "descriptionKk" TEXT,
    "descriptionRu" TEXT,
    "logoFileId" TEXT,
    "legalAddress" TEXT,
    "actualAddress" TEXT,
    "phones" TEXT,
    "fax" TEXT,
    "email" TEXT,
    "website" TEXT,
    "country" TEXT NOT NULL DEFAULT 'KZ',
    "city" TEXT,
    "featureSite" BOOLEAN NOT NULL DEFAULT true,
    "featureForum" BOOLEAN NOT NULL DEFAULT false,
    "featureDocuments" BOOLEAN NOT NULL DEFAULT true,
    "featureStructure" BOOLEAN NOT NULL DEFAULT true,
    "featurePages" BOOLEAN NOT NULL DEFAULT false,
    "featureFeedback" BOOLEAN NOT NULL DEFAULT true,
    "forumReadAccess" "AccessLevel" NOT NULL DEFAULT 'EVERYONE',
    "forumTopicCreation" "AccessLevel" NOT NULL DEFAULT 'MEMBERS',
    "documentsUpload" "AccessLevel" NOT NULL DEFAULT 'ADMINISTRATORS',
    "appealsEmail" TEXT,
    "appealsEmailConfirmedAt" TIMESTAMP(3),
    "receptionRulesKk" TEXT,
    "receptionRulesRu" TEXT,
    "receptionHours" TEXT,
    "priorityRatioGeneral" INTEGER NOT NULL DEFAULT 3,
    "priorityWindowWorkDays" INTEGER NOT NULL DEFAULT 3,
    "referralValidityWorkDays" INTEGER NOT NULL DEFAULT 5,
    "stopListDays" INTEGER NOT NULL DEFAULT 10,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationSettings_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "SubordinateType" (
    "authorityId" TEXT NOT NULL,
    "orgType" TEXT NOT NULL,

    CONSTRAINT "SubordinateType_pkey" PRIMARY KEY ("authorityId","orgType")
);

-- CreateTable
CREATE TABLE "StructuralUnit" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "description" TEXT,
    "schedule" TEXT,
    "headPersonId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StructuralUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "iin" TEXT,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "birthDate" DATE,
    "sex" "Sex",
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "login" TEXT,
    "passwordHash" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "registeredAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" TIMESTAMP(3),
    "blockReason" TEXT,
    "preferredLocale" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "positionTitle" TEXT,
    "unitId" TEXT,
    "qualification" "QualificationCategory",
    "isAdministrator" BOOLEAN NOT NULL DEFAULT false,
    "isModerator" BOOLEAN NOT NULL DEFAULT false,
    "isEditor" BOOLEAN NOT NULL DEFAULT false,
    "arrivedAt" DATE NOT NULL,
    "leftAt" DATE,
    "excludedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalRepresentative" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "representativeId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'contingent',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalRepresentative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildBinding" (
    "id" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "ChildBinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MobileCitizen" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "iin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MobileCitizen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL,
    "purpose" "CodePurpose" NOT NULL,
    "destination" TEXT NOT NULL,
    "iin" TEXT,
    "subject" TEXT,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "consumedAt" TIMESTAMP(3),
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInEvent" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT,
    "method" "SignInMethod" NOT NULL,
    "success" BOOLEAN NOT NULL,
    "reason" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EdsChallenge" (
    "id" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "subject" TEXT,
    "personId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EdsChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "channel" "OutboxChannel" NOT NULL,
    "destination" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Building" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "places" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StayMode" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "hours" DECIMAL(4,1) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "StayMode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "birthYearFrom" INTEGER NOT NULL,
    "birthYearTo" INTEGER NOT NULL,
    "language" "GroupLanguage" NOT NULL,
    "stayModeId" TEXT,
    "roomId" TEXT,
    "capacity" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupEducator" (
    "groupId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupEducator_pkey" PRIMARY KEY ("groupId","personId")
);

-- CreateTable
CREATE TABLE "SchoolYear" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "summerStartsOn" DATE,
    "summerEndsOn" DATE,

    CONSTRAINT "SchoolYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgClosure" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "OrgClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "kind" "HolidayKind" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "orderDate" DATE NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "endKind" "EnrolmentEnd",
    "endReason" TEXT,
    "endOrderNumber" TEXT,
    "capacityOverrideReason" TEXT,
    "referralId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceMark" (
    "id" BIGSERIAL NOT NULL,
    "childId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "reason" "AbsenceReason",
    "note" TEXT,
    "markedById" TEXT NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctedAfterConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AttendanceMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceMarkRevision" (
    "id" BIGSERIAL NOT NULL,
    "markId" BIGINT NOT NULL,
    "prevStatus" "AttendanceStatus",
    "prevReason" "AbsenceReason",
    "newStatus" "AttendanceStatus" NOT NULL,
    "newReason" "AbsenceReason",
    "reason" TEXT,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttendanceMarkRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Timesheet" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "TimesheetStatus" NOT NULL DEFAULT 'OPEN',
    "graceUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Timesheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimesheetConfirmation" (
    "id" TEXT NOT NULL,
    "timesheetId" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "method" "SignatureMethod" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "snapshotHash" TEXT NOT NULL,
    "signedXml" TEXT,
    "certificateSerial" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "TimesheetConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimesheetDispute" (
    "id" TEXT NOT NULL,
    "timesheetId" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "days" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "TimesheetDispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Voucher" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "organizationId" TEXT,
    "status" "VoucherStatus" NOT NULL DEFAULT 'ACTIVE',
    "issuedOn" DATE NOT NULL,
    "annulledAt" TIMESTAMP(3),
    "annulReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Voucher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbsenceNotice" (
    "id" TEXT NOT NULL,
    "kind" "AbsenceNoticeKind" NOT NULL,
    "status" "AbsenceNoticeStatus" NOT NULL DEFAULT 'SENT',
    "childId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "dateFrom" DATE NOT NULL,
    "dateTo" DATE NOT NULL,
    "reason" "AbsenceReason",
    "comment" TEXT,
    "createdById" TEXT NOT NULL,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answerReason" "AbsenceReason",
    "answerComment" TEXT,
    "appliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AbsenceNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueApplication" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "language" "GroupLanguage" NOT NULL,
    "priority" "PriorityCategory" NOT NULL DEFAULT 'NONE',
    "priorityDocumentId" TEXT,
    "priorityConfirmedAt" TIMESTAMP(3),
    "phone" TEXT NOT NULL,
    "wantsVoucher" BOOLEAN NOT NULL DEFAULT true,
    "status" "QueueStatus" NOT NULL DEFAULT 'WAITING',
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "stopListUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueueApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueApplicationChoice" (
    "applicationId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "QueueApplicationChoice_pkey" PRIMARY KEY ("applicationId","organizationId")
);

-- CreateTable
CREATE TABLE "QueueHistoryEntry" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "details" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueueHistoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT,
    "birthYear" INTEGER NOT NULL,
    "language" "GroupLanguage" NOT NULL,
    "status" "PlaceStatus" NOT NULL DEFAULT 'PRIORITY',
    "releasedAt" TIMESTAMP(3) NOT NULL,
    "generalFrom" TIMESTAMP(3),
    "takenAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'ISSUED',
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecruitmentSchedule" (
    "id" TEXT NOT NULL,
    "authorityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "priorityFrom" DATE NOT NULL,
    "priorityTo" DATE NOT NULL,
    "generalFrom" DATE NOT NULL,

    CONSTRAINT "RecruitmentSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecruitmentShift" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "priorityFrom" DATE NOT NULL,
    "priorityTo" DATE NOT NULL,
    "generalFrom" DATE NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "RecruitmentShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtocolEvent" (
    "id" BIGSERIAL NOT NULL,
    "placeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "ProtocolEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "details" JSONB,

    CONSTRAINT "ProtocolEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtocolDay" (
    "date" DATE NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "eventCount" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "prevHash" TEXT,
    "content" JSONB NOT NULL,

    CONSTRAINT "ProtocolDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "readByDate" DATE,
    "audiences" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementRecipient" (
    "announcementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "AnnouncementRecipient_pkey" PRIMARY KEY ("announcementId","personId")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentFolder" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "parentId" TEXT,
    "name" TEXT NOT NULL,

    CONSTRAINT "DocumentFolder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "folderId" TEXT,
    "title" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumTopic" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ForumTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumPost" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WallPost" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WallPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgPage" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'NEW',
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QaItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "QaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorPersonId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "organizationId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Territory_code_key" ON "Territory"("code");

-- CreateIndex
CREATE INDEX "Territory_parentId_idx" ON "Territory"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_bin_key" ON "Organization"("bin");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Organization_territoryId_kind_idx" ON "Organization"("territoryId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationSettings_logoFileId_key" ON "OrganizationSettings"("logoFileId");

-- CreateIndex
CREATE INDEX "StructuralUnit_organizationId_idx" ON "StructuralUnit"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_iin_key" ON "Person"("iin");

-- CreateIndex
CREATE INDEX "Person_lastName_firstName_idx" ON "Person"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Person_phone_idx" ON "Person"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE INDEX "Membership_organizationId_role_idx" ON "Membership"("organizationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_personId_organizationId_role_key" ON "Membership"("personId", "organizationId", "role");

-- CreateIndex
CREATE INDEX "LegalRepresentative_representativeId_idx" ON "LegalRepresentative"("representativeId");

-- CreateIndex
CREATE UNIQUE INDEX "LegalRepresentative_childId_representativeId_key" ON "LegalRepresentative"("childId", "representativeId");

-- CreateIndex
CREATE UNIQUE INDEX "ChildBinding_parentId_childId_key" ON "ChildBinding"("parentId", "childId");

-- CreateIndex
CREATE INDEX "MobileCitizen_iin_idx" ON "MobileCitizen"("iin");

-- CreateIndex
CREATE UNIQUE INDEX "MobileCitizen_phone_iin_key" ON "MobileCitizen"("phone", "iin");

-- CreateIndex
CREATE INDEX "OneTimeCode_destination_createdAt_idx" ON "OneTimeCode"("destination", "createdAt");

-- CreateIndex
CREATE INDEX "OneTimeCode_ip_createdAt_idx" ON "OneTimeCode"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "SignInEvent_userId_at_idx" ON "SignInEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "SignInEvent_at_idx" ON "SignInEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "EdsChallenge_nonce_key" ON "EdsChallenge"("nonce");

-- CreateIndex
CREATE INDEX "OutboxMessage_channel_createdAt_idx" ON "OutboxMessage"("channel", "createdAt");

-- CreateIndex
CREATE INDEX "Building_organizationId_idx" ON "Building"("organizationId");

-- CreateIndex
CREATE INDEX "Room_buildingId_idx" ON "Room"("buildingId");

-- CreateIndex
CREATE INDEX "StayMode_organizationId_idx" ON "StayMode"("organizationId");

-- CreateIndex
CREATE INDEX "Group_organizationId_idx" ON "Group"("organizationId");

-- CreateIndex
CREATE INDEX "GroupEducator_personId_idx" ON "GroupEducator"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolYear_organizationId_startsOn_key" ON "SchoolYear"("organizationId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "OrgClosure_organizationId_date_key" ON "OrgClosure"("organizationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_referralId_key" ON "Enrolment"("referralId");

-- CreateIndex
CREATE INDEX "Enrolment_childId_startsOn_idx" ON "Enrolment"("childId", "startsOn");

-- CreateIndex
CREATE INDEX "Enrolment_groupId_startsOn_idx" ON "Enrolment"("groupId", "startsOn");

-- CreateIndex
CREATE INDEX "Enrolment_organizationId_idx" ON "Enrolment"("organizationId");

-- CreateIndex
CREATE INDEX "AttendanceMark_groupId_date_idx" ON "AttendanceMark"("groupId", "date");

-- CreateIndex
CREATE INDEX "AttendanceMark_organizationId_date_idx" ON "AttendanceMark"("organizationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceMark_childId_date_key" ON "AttendanceMark"("childId", "date");

-- CreateIndex
CREATE INDEX "AttendanceMarkRevision_markId_idx" ON "AttendanceMarkRevision"("markId");

-- CreateIndex
CREATE INDEX "Timesheet_organizationId_year_month_status_idx" ON "Timesheet"("organizationId", "year", "month", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Timesheet_childId_organizationId_year_month_key" ON "Timesheet"("childId", "organizationId", "year", "month");

-- CreateIndex
CREATE INDEX "TimesheetConfirmation_timesheetId_idx" ON "TimesheetConfirmation"("timesheetId");

-- CreateIndex
CREATE UNIQUE INDEX "TimesheetConfirmation_timesheetId_snapshotHash_key" ON "TimesheetConfirmation"("timesheetId", "snapshotHash");

-- CreateIndex
CREATE INDEX "TimesheetDispute_timesheetId_idx" ON "TimesheetDispute"("timesheetId");

-- CreateIndex
CREATE UNIQUE INDEX "Voucher_number_key" ON "Voucher"("number");

-- CreateIndex
CREATE INDEX "Voucher_childId_status_idx" ON "Voucher"("childId", "status");

-- CreateIndex
CREATE INDEX "Voucher_organizationId_status_idx" ON "Voucher"("organizationId", "status");

-- CreateIndex
CREATE INDEX "AbsenceNotice_childId_dateFrom_idx" ON "AbsenceNotice"("childId", "dateFrom");

-- CreateIndex
CREATE INDEX "AbsenceNotice_groupId_status_idx" ON "AbsenceNotice"("groupId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "QueueApplication_number_key" ON "QueueApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "QueueApplication_priorityDocumentId_key" ON "QueueApplication"("priorityDocumentId");

-- CreateIndex
CREATE INDEX "QueueApplication_territoryId_birthYear_status_submittedAt_idx" ON "QueueApplication"("territoryId", "birthYear", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "QueueApplication_childId_status_idx" ON "QueueApplication"("childId", "status");

-- CreateIndex
CREATE INDEX "QueueHistoryEntry_applicationId_at_idx" ON "QueueHistoryEntry"("applicationId", "at");

-- CreateIndex
CREATE INDEX "Place_organizationId_status_idx" ON "Place"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Place_status_birthYear_language_idx" ON "Place"("status", "birthYear", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_number_key" ON "Referral"("number");

-- CreateIndex
CREATE INDEX "Referral_placeId_status_idx" ON "Referral"("placeId", "status");

-- CreateIndex
CREATE INDEX "Referral_applicationId_idx" ON "Referral"("applicationId");

-- CreateIndex
CREATE INDEX "Referral_status_expiresAt_idx" ON "Referral"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "RecruitmentSchedule_authorityId_year_birthYear_key" ON "RecruitmentSchedule"("authorityId", "year", "birthYear");

-- CreateIndex
CREATE UNIQUE INDEX "RecruitmentShift_scheduleId_organizationId_key" ON "RecruitmentShift"("scheduleId", "organizationId");

-- CreateIndex
CREATE INDEX "ProtocolEvent_at_idx" ON "ProtocolEvent"("at");

-- CreateIndex
CREATE INDEX "ProtocolEvent_organizationId_at_idx" ON "ProtocolEvent"("organizationId", "at");

-- CreateIndex
CREATE INDEX "Announcement_organizationId_publishedAt_idx" ON "Announcement"("organizationId", "publishedAt");

-- CreateIndex
CREATE INDEX "AnnouncementRecipient_personId_readAt_idx" ON "AnnouncementRecipient"("personId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "DocumentFolder_organizationId_idx" ON "DocumentFolder"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_fileId_key" ON "Document"("fileId");

-- CreateIndex
CREATE INDEX "Document_organizationId_idx" ON "Document"("organizationId");

-- CreateIndex
CREATE INDEX "ForumTopic_organizationId_createdAt_idx" ON "ForumTopic"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "ForumPost_topicId_createdAt_idx" ON "ForumPost"("topicId", "createdAt");

-- CreateIndex
CREATE INDEX "NewsItem_organizationId_publishedAt_idx" ON "NewsItem"("organizationId", "publishedAt");

-- CreateIndex
CREATE INDEX "WallPost_organizationId_createdAt_idx" ON "WallPost"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrgPage_organizationId_slug_key" ON "OrgPage"("organizationId", "slug");

-- CreateIndex
CREATE INDEX "Appeal_organizationId_status_idx" ON "Appeal"("organizationId", "status");

-- CreateIndex
CREATE INDEX "QaItem_organizationId_published_idx" ON "QaItem"("organizationId", "published");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_at_idx" ON "AuditLog"("organizationId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorPersonId_at_idx" ON "AuditLog"("actorPersonId", "at");

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationSettings" ADD CONSTRAINT "OrganizationSettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationSettings" ADD CONSTRAINT "OrganizationSettings_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubordinateType" ADD CONSTRAINT "SubordinateType_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StructuralUnit" ADD CONSTRAINT "StructuralUnit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StructuralUnit" ADD CONSTRAINT "StructuralUnit_headPersonId_fkey" FOREIGN KEY ("headPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "StructuralUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalRepresentative" ADD CONSTRAINT "LegalRepresentative_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalRepresentative" ADD CONSTRAINT "LegalRepresentative_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildBinding" ADD CONSTRAINT "ChildBinding_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildBinding" ADD CONSTRAINT "ChildBinding_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInEvent" ADD CONSTRAINT "SignInEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StayMode" ADD CONSTRAINT "StayMode_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_stayModeId_fkey" FOREIGN KEY ("stayModeId") REFERENCES "StayMode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupEducator" ADD CONSTRAINT "GroupEducator_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupEducator" ADD CONSTRAINT "GroupEducator_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolYear" ADD CONSTRAINT "SchoolYear_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgClosure" ADD CONSTRAINT "OrgClosure_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMarkRevision" ADD CONSTRAINT "AttendanceMarkRevision_markId_fkey" FOREIGN KEY ("markId") REFERENCES "AttendanceMark"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMarkRevision" ADD CONSTRAINT "AttendanceMarkRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Timesheet" ADD CONSTRAINT "Timesheet_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Timesheet" ADD CONSTRAINT "Timesheet_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetConfirmation" ADD CONSTRAINT "TimesheetConfirmation_timesheetId_fkey" FOREIGN KEY ("timesheetId") REFERENCES "Timesheet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetConfirmation" ADD CONSTRAINT "TimesheetConfirmation_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetDispute" ADD CONSTRAINT "TimesheetDispute_timesheetId_fkey" FOREIGN KEY ("timesheetId") REFERENCES "Timesheet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetDispute" ADD CONSTRAINT "TimesheetDispute_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetDispute" ADD CONSTRAINT "TimesheetDispute_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voucher" ADD CONSTRAINT "Voucher_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voucher" ADD CONSTRAINT "Voucher_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceNotice" ADD CONSTRAINT "AbsenceNotice_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceNotice" ADD CONSTRAINT "AbsenceNotice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceNotice" ADD CONSTRAINT "AbsenceNotice_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceNotice" ADD CONSTRAINT "AbsenceNotice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceNotice" ADD CONSTRAINT "AbsenceNotice_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueApplication" ADD CONSTRAINT "QueueApplication_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueApplication" ADD CONSTRAINT "QueueApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueApplication" ADD CONSTRAINT "QueueApplication_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueApplication" ADD CONSTRAINT "QueueApplication_priorityDocumentId_fkey" FOREIGN KEY ("priorityDocumentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueApplicationChoice" ADD CONSTRAINT "QueueApplicationChoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "QueueApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueApplicationChoice" ADD CONSTRAINT "QueueApplicationChoice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueHistoryEntry" ADD CONSTRAINT "QueueHistoryEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "QueueApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "QueueApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruitmentSchedule" ADD CONSTRAINT "RecruitmentSchedule_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruitmentShift" ADD CONSTRAINT "RecruitmentShift_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "RecruitmentSchedule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruitmentShift" ADD CONSTRAINT "RecruitmentShift_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolEvent" ADD CONSTRAINT "ProtocolEvent_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolEvent" ADD CONSTRAINT "ProtocolEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementRecipient" ADD CONSTRAINT "AnnouncementRecipient_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementRecipient" ADD CONSTRAINT "AnnouncementRecipient_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFolder" ADD CONSTRAINT "DocumentFolder_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFolder" ADD CONSTRAINT "DocumentFolder_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DocumentFolder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "DocumentFolder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopic" ADD CONSTRAINT "ForumTopic_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopic" ADD CONSTRAINT "ForumTopic_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ForumTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallPost" ADD CONSTRAINT "WallPost_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallPost" ADD CONSTRAINT "WallPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPage" ADD CONSTRAINT "OrgPage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaItem" ADD CONSTRAINT "QaItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
