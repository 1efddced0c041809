import "server-only";
import type { TApiRoute } from "./define-api-route";
import { answerConsultationRoute } from "./routes/consultations/answer-consultation";
import { markConsultationVagueRoute } from "./routes/consultations/mark-consultation-vague";
import { requestConsultationRoute } from "./routes/consultations/request-consultation";
import { createDirectiveRoute } from "./routes/create-directive";
import { createTaskRoute } from "./routes/create-task";
import { getDirectiveRoute } from "./routes/get-directive";
import { getMeRoute } from "./routes/get-me";
import { getTaskRoute } from "./routes/get-task";
import { listDirectivesRoute } from "./routes/list-directives";
import { listTaskEventsRoute } from "./routes/list-task-events";
import { listTasksRoute } from "./routes/list-tasks";
import { listTemplatesRoute } from "./routes/list-templates";
import { listUnitsRoute } from "./routes/list-units";
import { closeUnitRoute } from "./routes/units/close-unit";
import { createUnitRoute } from "./routes/units/create-unit";
import { updateUnitRoute } from "./routes/units/update-unit";
import { listUsersRoute } from "./routes/list-users";
import { createDelegationRoute } from "./routes/delegations/create-delegation";
import { listDelegationsRoute } from "./routes/delegations/list-delegations";
import { revokeDelegationRoute } from "./routes/delegations/revoke-delegation";
import { createUserRoute } from "./routes/users/create-user";
import { deactivateUserRoute } from "./routes/users/deactivate-user";
import { moveUserRoute } from "./routes/users/move-user";
import { reactivateUserRoute } from "./routes/users/reactivate-user";
import { updateUserRoute } from "./routes/users/update-user";
import { getImportRoute } from "./routes/imports/get-import";
import { getPeopleTemplateRoute } from "./routes/imports/get-people-template";
import { importPeopleRoute } from "./routes/imports/import-people";
import { getTasksTemplateRoute } from "./routes/imports/get-tasks-template";
import { importTasksRoute } from "./routes/imports/import-tasks";
import { undoImportRoute } from "./routes/imports/undo-import";
import { getNotificationPreferencesRoute } from "./routes/notifications/get-notification-preferences";
import { createRecurrenceRoute } from "./routes/recurrences/create-recurrence";
import { listRecurrencesRoute } from "./routes/recurrences/list-recurrences";
import { stopRecurrenceRoute } from "./routes/recurrences/stop-recurrence";
import { addFindingRoute } from "./routes/inspections/add-finding";
import { createInspectionRoute } from "./routes/inspections/create-inspection";
import { getInspectionRoute } from "./routes/inspections/get-inspection";
import {
  getInspectionConclusionRoute,
  getInspectionMinutesRoute,
  getInspectionSummaryRoute,
} from "./routes/inspections/get-inspection-documents";
import { issueConclusionRoute } from "./routes/inspections/issue-conclusion";
import { listInspectionsRoute } from "./routes/inspections/list-inspections";
import { updateInspectionRoute } from "./routes/inspections/update-inspection";
import { listDecisionsRoute } from "./routes/decisions/list-decisions";
import { recordDecisionRoute } from "./routes/decisions/record-decision";
import { resetUserPasswordRoute } from "./routes/reset-user-password";
import { getEvaluationRoute } from "./routes/evaluations/get-evaluation";
import { listEvaluationsRoute } from "./routes/evaluations/list-evaluations";
import { getEvaluationSchemeRoute, setEvaluationSchemeRoute } from "./routes/evaluations/evaluation-scheme";
import {
  addManualProductRoute,
  approveEvaluationRoute,
  assessEvaluationRoute,
  correctEvaluationRoute,
  reviewManualProductRoute,
  submitSelfAssessmentRoute,
} from "./routes/evaluations/evaluation-writes";
import { listNotificationsRoute } from "./routes/notifications/list-notifications";
import { markAllNotificationsReadRoute } from "./routes/notifications/mark-all-notifications-read";
import { markNotificationReadRoute } from "./routes/notifications/mark-notification-read";
import { setNotificationPreferencesRoute } from "./routes/notifications/set-notification-preferences";
import { getSummaryReportRoute } from "./routes/reports/get-summary-report";
import { getSummaryWorkbookRoute } from "./routes/reports/get-summary-workbook";
import { getEvaluationsWorkbookRoute } from "./routes/reports/get-evaluations-workbook";
import { acceptSignalAnswerRoute } from "./routes/signals/accept-signal-answer";
import { answerSignalRoute } from "./routes/signals/answer-signal";
import { listSignalsRoute } from "./routes/signals/list-signals";
import { completeStepRoute } from "./routes/steps/complete-step";
import { decideExtensionRoute } from "./routes/steps/decide-extension";
import { escalateStepRoute } from "./routes/steps/escalate-step";
import { reassignStepRoute } from "./routes/steps/reassign-step";
import { recordProgressRoute } from "./routes/steps/record-progress";
import { requestExtensionRoute } from "./routes/steps/request-extension";
import { returnStepRoute } from "./routes/steps/return-step";
import { ruleOnReturnRoute } from "./routes/steps/rule-on-return";
import { startStepRoute } from "./routes/steps/start-step";

/**
 * Every endpoint of /api/v1, in the order the reference lists them: the one table of routes.
 * The catch-all route file (app/api/v1/[...path]) serves these declarations by method and path
 * (match-api-route.ts) and the OpenAPI document describes exactly these.
 */
export const apiRoutes: readonly TApiRoute[] = [
  getMeRoute,
  listUnitsRoute,
  createUnitRoute,
  updateUnitRoute,
  closeUnitRoute,
  listUsersRoute,
  createUserRoute,
  updateUserRoute,
  moveUserRoute,
  deactivateUserRoute,
  reactivateUserRoute,
  resetUserPasswordRoute,
  getPeopleTemplateRoute,
  importPeopleRoute,
  getTasksTemplateRoute,
  importTasksRoute,
  getImportRoute,
  undoImportRoute,
  listDelegationsRoute,
  createDelegationRoute,
  revokeDelegationRoute,
  listDirectivesRoute,
  createDirectiveRoute,
  getDirectiveRoute,
  listTemplatesRoute,
  listTasksRoute,
  createTaskRoute,
  getTaskRoute,
  listTaskEventsRoute,
  listRecurrencesRoute,
  createRecurrenceRoute,
  stopRecurrenceRoute,
  startStepRoute,
  recordProgressRoute,
  completeStepRoute,
  reassignStepRoute,
  returnStepRoute,
  ruleOnReturnRoute,
  requestExtensionRoute,
  decideExtensionRoute,
  escalateStepRoute,
  requestConsultationRoute,
  answerConsultationRoute,
  markConsultationVagueRoute,
  listSignalsRoute,
  answerSignalRoute,
  acceptSignalAnswerRoute,
  listNotificationsRoute,
  markNotificationReadRoute,
  markAllNotificationsReadRoute,
  getNotificationPreferencesRoute,
  setNotificationPreferencesRoute,
  getSummaryReportRoute,
  getSummaryWorkbookRoute,
  getEvaluationsWorkbookRoute,
  listInspectionsRoute,
  getInspectionSummaryRoute,
  createInspectionRoute,
  getInspectionRoute,
  updateInspectionRoute,
  addFindingRoute,
  issueConclusionRoute,
  getInspectionMinutesRoute,
  getInspectionConclusionRoute,
  getEvaluationSchemeRoute,
  setEvaluationSchemeRoute,
  listEvaluationsRoute,
  getEvaluationRoute,
  submitSelfAssessmentRoute,
  addManualProductRoute,
  reviewManualProductRoute,
  assessEvaluationRoute,
  approveEvaluationRoute,
  correctEvaluationRoute,
  listDecisionsRoute,
  recordDecisionRoute,
];
