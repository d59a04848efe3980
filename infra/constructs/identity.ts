import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  type UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES, type Role } from '../../shared/domain';

/** The custom attribute that ties a council user to their council; tokens carry `custom:laCode`. */
export const LA_CODE_ATTRIBUTE = 'laCode';

/** Typed by role, so a new role cannot be added to the app without its group here. */
const ROLE_DESCRIPTIONS: Record<Role, string> = {
  'council-viewer': 'Council officer: reads their own council only',
  'council-editor': 'Council officer: edits draft returns of their own council',
  'council-approver': 'Senior council officer (DCS or s151 officer): signs off and submits returns',
  'dfe-reviewer': 'DfE reviewer: reads all councils, reviews returns, assesses conditions',
  'dfe-admin': 'DfE administrator: councils, agreements and tranche decisions',
};

export interface IdentityProps {
  removalPolicy: RemovalPolicy;
  deletionProtection: boolean;
  mfa: Mfa;
  /** Origins of the web app (`https://…`, or `http://localhost:…` for development). */
  webOrigins: string[];
  /** Prefix of the Cognito-hosted sign-in domain; unique per region across all AWS accounts. */
  domainPrefix: string;
}

/**
 * Who may use the service. Users are created by administrators (no self sign-up), sign
 * in with their email address, belong to exactly one group named after their role, and
 * council users carry their council's LA code, fixed at creation.
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly groups: UserPoolGroup[];
  /** The `iss` claim of this pool's tokens, as the API and its authorizer expect it. */
  readonly issuer: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        // The API shows who did what by name; the ID token carries it.
        fullname: { required: true, mutable: true },
      },
      customAttributes: {
        // Immutable: a user can never be moved into another council's data.
        [LA_CODE_ATTRIBUTE]: new StringAttribute({ minLen: 3, maxLen: 3, mutable: false }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      mfa: props.mfa,
      // An authenticator app: no SMS costs or SIM-swap risk, and no SES set-up needed.
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus brings threat protection (compromised credentials, risky sign-ins) that
      // replaces the deprecated advanced security mode.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
      userInvitation: {
        emailSubject: 'Your Safety Valve monitoring account',
        emailBody:
          'An account has been created for you. Sign in with {username} and the temporary password {####} within 3 days.',
      },
    });

    if (props.mfa !== Mfa.REQUIRED) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG2',
        reason:
          'Only outside prod: MFA stays optional in dev so test accounts can be scripted. The prod stage requires an authenticator app (TOTP) for every user.',
      });
    }

    this.issuer = `https://${this.userPool.userPoolProviderUrl}`;

    // The API accepts exactly one of these groups per user, so no precedence is needed.
    this.groups = ROLES.map((role) =>
      this.userPool.addGroup(`Group-${role}`, {
        groupName: role,
        description: ROLE_DESCRIPTIONS[role],
      }),
    );

    this.webClient = this.userPool.addClient('WebClient', {
      // A browser app cannot keep a secret: authorization code with PKCE instead.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.webOrigins.map((origin) => `${origin}/auth/callback`),
        logoutUrls: props.webOrigins.map((origin) => `${origin}/`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // About a working day; after that, sign in (and MFA) again.
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(LA_CODE_ATTRIBUTE),
      // Never the LA code: only an administrator sets it, once.
      writeAttributes: new ClientAttributes().withStandardAttributes({
        email: true,
        fullname: true,
      }),
    });

    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
    });
  }
}
