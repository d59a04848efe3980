import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/domain';
import { PROD_ORIGIN, onlyResource, synth } from './synth';

const USER_POOL = 'AWS::Cognito::UserPool';
const CLIENT = 'AWS::Cognito::UserPoolClient';

describe('identity (Cognito)', () => {
  let dev: Template;
  let prod: Template;

  beforeAll(() => {
    dev = synth({ stage: 'dev' }).template;
    prod = synth({ stage: 'prod' }).template;
  });

  describe('the user pool', () => {
    it('lets only administrators create users, who sign in with their email address', () => {
      dev.hasResourceProperties(USER_POOL, {
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        UsernameAttributes: ['email'],
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ['email'],
      });
    });

    it('stores the council as an immutable custom:laCode of three characters', () => {
      const { properties } = onlyResource(dev, USER_POOL);
      const laCode = (properties.Schema as Record<string, unknown>[]).filter(
        (attribute) => attribute.Name === 'laCode',
      );
      expect(laCode).toEqual([
        {
          Name: 'laCode',
          AttributeDataType: 'String',
          Mutable: false,
          StringAttributeConstraints: { MinLength: '3', MaxLength: '3' },
        },
      ]);
    });

    it('requires strong passwords', () => {
      dev.hasResourceProperties(USER_POOL, {
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 3,
            PasswordHistorySize: 5,
          },
        },
      });
    });

    it('uses the Plus plan with threat protection enforced', () => {
      for (const template of [dev, prod]) {
        template.hasResourceProperties(USER_POOL, {
          UserPoolTier: 'PLUS',
          UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        });
      }
    });

    it('offers authenticator-app MFA in dev and requires it in prod', () => {
      dev.hasResourceProperties(USER_POOL, {
        MfaConfiguration: 'OPTIONAL',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      });
      prod.hasResourceProperties(USER_POOL, {
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      });
    });

    it('in prod, is protected from deletion and retained', () => {
      const { properties, resource } = onlyResource(prod, USER_POOL);
      expect(properties.DeletionProtection).toBe('ACTIVE');
      expect(resource.DeletionPolicy).toBe('Retain');
    });
  });

  it('has one group per role of the service, and no other', () => {
    const groups = Object.values(dev.findResources('AWS::Cognito::UserPoolGroup')).map(
      (group) => (group as { Properties: { GroupName: string } }).Properties.GroupName,
    );
    expect(groups.sort()).toEqual([...ROLES].sort());
  });

  describe('the web app client', () => {
    it('is a public client using the authorization code flow only', () => {
      const { properties } = onlyResource(dev, CLIENT);
      expect(properties.GenerateSecret).toBe(false);
      expect(properties.AllowedOAuthFlows).toEqual(['code']);
      expect(properties.AllowedOAuthFlowsUserPoolClient).toBe(true);
      expect(properties.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
      expect(properties.SupportedIdentityProviders).toEqual(['COGNITO']);
      expect(properties.PreventUserExistenceErrors).toBe('ENABLED');
      expect(properties.EnableTokenRevocation).toBe(true);
      // No password sent to Cognito in clear by the app itself.
      expect(properties.ExplicitAuthFlows).toEqual([
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ]);
    });

    it('reads custom:laCode into ID tokens but can never write it', () => {
      const { properties } = onlyResource(dev, CLIENT);
      expect(properties.ReadAttributes).toContain('custom:laCode');
      expect(properties.WriteAttributes).not.toContain('custom:laCode');
    });

    it('redirects only to the configured web app origins', () => {
      dev.hasResourceProperties(CLIENT, {
        CallbackURLs: ['http://localhost:3000/auth/callback'],
        LogoutURLs: ['http://localhost:3000/'],
      });
      prod.hasResourceProperties(CLIENT, {
        CallbackURLs: [`${PROD_ORIGIN}/auth/callback`],
        LogoutURLs: [`${PROD_ORIGIN}/`],
      });
    });

    it('issues short-lived tokens and a session of about a working day', () => {
      prod.hasResourceProperties(CLIENT, {
        IdTokenValidity: 60,
        AccessTokenValidity: 60,
        RefreshTokenValidity: 720,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      });
    });
  });

  it('has a hosted sign-in domain named from the context', () => {
    dev.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'safety-valve-dev' });
    const custom = synth({ stage: 'prod', context: { authDomainPrefix: 'svm-prod-eu' } }).template;
    custom.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'svm-prod-eu' });
  });
});
