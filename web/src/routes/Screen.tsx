import { AgreementEditor } from '../screens/admin/AgreementEditor';
import { AgreementVersions } from '../screens/admin/AgreementVersions';
import { NewCouncil } from '../screens/admin/NewCouncil';
import { AcknowledgeAlert } from '../screens/alerts/AcknowledgeAlert';
import { Alerts } from '../screens/alerts/Alerts';
import { CouncilAlerts } from '../screens/alerts/CouncilAlerts';
import { AuditTrail } from '../screens/audit/AuditTrail';
import { BidEditor } from '../screens/capital/BidEditor';
import { CapitalAcrossCouncils } from '../screens/capital/CapitalAcrossCouncils';
import { CapitalBidPage } from '../screens/capital/CapitalBidPage';
import { CapitalBids } from '../screens/capital/CapitalBids';
import { DecideBid } from '../screens/capital/DecideBid';
import { SchemeProgressPage } from '../screens/capital/SchemeProgressPage';
import { AssessCondition } from '../screens/conditions/AssessCondition';
import { Conditions } from '../screens/conditions/Conditions';
import { Compare } from '../screens/compare/Compare';
import { CouncilHome } from '../screens/council/CouncilHome';
import { Councils } from '../screens/Councils';
import { NotFound } from '../screens/NotFound';
import { Overview } from '../screens/overview/Overview';
import { DecidePayment } from '../screens/payments/DecidePayment';
import { Payments } from '../screens/payments/Payments';
import { ReturnCheckPage } from '../screens/returns/ReturnCheckPage';
import { ReturnPage } from '../screens/returns/ReturnPage';
import { ReturnReviewPage } from '../screens/returns/ReturnReviewPage';
import { ReturnSectionPage } from '../screens/returns/ReturnSectionPage';
import { ReturnSubmittedPage } from '../screens/returns/ReturnSubmittedPage';
import { Scorecard } from '../screens/scorecard/Scorecard';
import { ScorecardMeasuresPage } from '../screens/scorecard/ScorecardMeasuresPage';
import { ScorecardMonthPage } from '../screens/scorecard/ScorecardMonthPage';
import { ReformCheckPage } from '../screens/reform/ReformCheckPage';
import { ReformPlanPage } from '../screens/reform/ReformPlanPage';
import { ReformReviewPage } from '../screens/reform/ReformReviewPage';
import { ReformSectionPage } from '../screens/reform/ReformSectionPage';
import { StabilityGrantPage } from '../screens/reform/StabilityGrantPage';
import { SignIn } from '../screens/SignIn';
import { EmailsSentPage } from '../screens/notifications/EmailsSentPage';
import { NotificationSettingsPage } from '../screens/notifications/NotificationSettingsPage';
import { OrganisationSignInCallback } from '../screens/sign-in/OrganisationSignInCallback';
import { OrganisationSignInStart } from '../screens/sign-in/OrganisationSignInStart';
import { seesAllCouncils } from '../permissions';
import type { SessionUser } from '../session';
import type { Route } from './match-route';

/** The screen for a route. A council user asking for another council's page gets "not found", as from the API. */
export function Screen({ route, user }: { route: Route; user: SessionUser | null }) {
  // Signing in with the organisation's account: before there is a user, and while one arrives.
  if (route.name === 'organisation-sign-in') return <OrganisationSignInStart />;
  if (route.name === 'sign-in-callback') return <OrganisationSignInCallback />;
  if (!user) return <SignIn />;
  if ('laCode' in route && user.laCode && route.laCode !== user.laCode) return <NotFound />;
  switch (route.name) {
    case 'home':
      return <Councils user={user} />;
    case 'council':
      return <CouncilHome key={route.laCode} user={user} laCode={route.laCode} />;
    case 'return':
      return (
        <ReturnPage key={route.period} user={user} laCode={route.laCode} period={route.period} />
      );
    case 'return-section':
      return (
        <ReturnSectionPage
          key={`${route.period}/${route.section}`}
          user={user}
          laCode={route.laCode}
          period={route.period}
          section={route.section}
        />
      );
    case 'return-check':
      return <ReturnCheckPage user={user} laCode={route.laCode} period={route.period} />;
    case 'return-submitted':
      return <ReturnSubmittedPage laCode={route.laCode} period={route.period} />;
    case 'return-review':
      return <ReturnReviewPage user={user} laCode={route.laCode} period={route.period} />;
    case 'conditions':
      return <Conditions user={user} laCode={route.laCode} />;
    case 'condition-assess':
      return <AssessCondition user={user} laCode={route.laCode} conditionId={route.conditionId} />;
    case 'payments':
      return <Payments user={user} laCode={route.laCode} />;
    case 'payment-decide':
      return <DecidePayment user={user} laCode={route.laCode} trancheId={route.trancheId} />;
    case 'audit':
      return <AuditTrail user={user} laCode={route.laCode} />;
    case 'scorecard':
      return <Scorecard user={user} laCode={route.laCode} />;
    case 'scorecard-month':
      return (
        <ScorecardMonthPage
          key={route.month}
          user={user}
          laCode={route.laCode}
          month={route.month}
        />
      );
    case 'scorecard-measures':
      return <ScorecardMeasuresPage user={user} laCode={route.laCode} />;
    case 'reform-plan':
      return <ReformPlanPage user={user} laCode={route.laCode} />;
    case 'reform-section':
      return (
        <ReformSectionPage
          key={route.sectionId}
          user={user}
          laCode={route.laCode}
          sectionId={route.sectionId}
        />
      );
    case 'reform-check':
      return <ReformCheckPage user={user} laCode={route.laCode} />;
    case 'reform-review':
      return <ReformReviewPage user={user} laCode={route.laCode} />;
    case 'stability-grant':
      return <StabilityGrantPage user={user} laCode={route.laCode} />;
    case 'council-alerts':
      return <CouncilAlerts user={user} laCode={route.laCode} />;
    case 'alert-acknowledge':
      return <AcknowledgeAlert user={user} laCode={route.laCode} alertId={route.alertId} />;
    case 'capital':
      return <CapitalBids user={user} laCode={route.laCode} />;
    case 'capital-bid':
      return (
        <CapitalBidPage key={route.bidId} user={user} laCode={route.laCode} bidId={route.bidId} />
      );
    case 'capital-bid-new':
      return <BidEditor user={user} laCode={route.laCode} />;
    case 'capital-bid-edit':
      return <BidEditor key={route.bidId} user={user} laCode={route.laCode} bidId={route.bidId} />;
    case 'capital-bid-decide':
      return <DecideBid user={user} laCode={route.laCode} bidId={route.bidId} />;
    case 'scheme-progress':
      return <SchemeProgressPage user={user} laCode={route.laCode} bidId={route.bidId} />;
    case 'capital-bids':
      return seesAllCouncils(user) ? <CapitalAcrossCouncils user={user} /> : <NotFound />;
    case 'council-new':
      return <NewCouncil user={user} />;
    case 'agreement-edit':
      return <AgreementEditor key={route.laCode} user={user} laCode={route.laCode} />;
    case 'agreement-versions':
      return <AgreementVersions key={route.laCode} user={user} laCode={route.laCode} />;
    case 'alerts':
      return <Alerts user={user} />;
    case 'overview':
      return <Overview user={user} />;
    case 'compare':
      return <Compare user={user} />;
    case 'notifications':
      return <NotificationSettingsPage />;
    case 'emails-sent':
      return <EmailsSentPage />;
    default:
      return <NotFound />;
  }
}
