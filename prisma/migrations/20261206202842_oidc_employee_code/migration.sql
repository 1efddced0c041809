-- AlterEnum
ALTER TYPE "EventKind" ADD VALUE 'SSO_SIGN_IN_REFUSED';

-- User.employeeCode (mã cán bộ), which the SSO matches on with OIDC_MATCH_FIELD=employeeCode,
-- is added by the earlier migration people_administration, with its unique index.
