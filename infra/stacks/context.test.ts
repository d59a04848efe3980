import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO_ROOT } from '../constructs/node-bundling';
import {
  customDomainNames,
  parseCertificateArn,
  parseDomainPrefix,
  parseEmail,
  parseRegion,
  parseWebOrigins,
  readDeploymentContext,
} from './context';
import { parseStage } from './stage';

describe('parseStage', () => {
  it('defaults to dev and accepts dev or prod', () => {
    expect(parseStage(undefined)).toBe('dev');
    expect(parseStage('')).toBe('dev');
    expect(parseStage('dev')).toBe('dev');
    expect(parseStage('prod')).toBe('prod');
  });

  it('refuses anything else rather than deploying an unknown stage', () => {
    expect(() => parseStage('production')).toThrow(/Unknown stage "production"/);
    expect(() => parseStage('PROD')).toThrow(/Unknown stage/);
  });
});

describe('parseWebOrigins', () => {
  it('gives dev the local runner when none is named', () => {
    expect(parseWebOrigins(undefined, 'dev')).toEqual(['http://localhost:3000']);
  });

  it('insists that prod names its web address', () => {
    expect(() => parseWebOrigins(undefined, 'prod')).toThrow(/prod needs the web app address/);
    expect(() => parseWebOrigins(' , ', 'prod')).toThrow(/prod needs/);
  });

  it('reads a comma-separated string from -c or a list from cdk.json', () => {
    expect(parseWebOrigins('https://a.example.gov.uk, https://b.example.gov.uk', 'prod')).toEqual([
      'https://a.example.gov.uk',
      'https://b.example.gov.uk',
    ]);
    expect(parseWebOrigins(['https://a.example.gov.uk'], 'prod')).toEqual([
      'https://a.example.gov.uk',
    ]);
  });

  it('accepts only https origins, or http on localhost outside prod', () => {
    expect(parseWebOrigins('http://localhost:5173', 'dev')).toEqual(['http://localhost:5173']);
    expect(() => parseWebOrigins('http://example.gov.uk', 'dev')).toThrow(/must use https/);
    expect(() => parseWebOrigins('http://localhost:3000', 'prod')).toThrow(
      /prod must not redirect/,
    );
    expect(() => parseWebOrigins('https://example.gov.uk/app', 'prod')).toThrow(/origin only/);
    expect(() => parseWebOrigins('not a url', 'dev')).toThrow(/is not a URL/);
  });
});

describe('parseDomainPrefix', () => {
  it('accepts lower-case letters, digits and inner hyphens', () => {
    expect(parseDomainPrefix('safety-valve-prod')).toBe('safety-valve-prod');
  });

  it('refuses what Cognito would refuse at deploy time', () => {
    for (const bad of ['Safety', '-lead', 'trail-', 'my-aws-login', 'cognito-x', 'has space', '']) {
      expect(() => parseDomainPrefix(bad), bad).toThrow(/authDomainPrefix/);
    }
  });
});

describe('readDeploymentContext', () => {
  it('names the sign-in domain after the stage unless told otherwise', () => {
    expect(readDeploymentContext(new App({ context: { stage: 'dev' } }))).toEqual({
      stage: 'dev',
      webOrigins: ['http://localhost:3000'],
      authDomainPrefix: 'safety-valve-dev',
      region: 'eu-west-2',
      webDist: join(REPO_ROOT, 'web/dist'),
      notifyTemplateIds: {},
    });
    const certificateArn = 'arn:aws:acm:us-east-1:111122223333:certificate/abc-123';
    const prod = new App({
      context: {
        stage: 'prod',
        webOrigins: 'https://svm.example.gov.uk',
        authDomainPrefix: 'svm-sign-in',
        region: 'eu-west-1',
        certificateArn,
        opsEmail: 'ops@example.gov.uk',
        webDist: '/tmp/built',
        notifyTemplateIds: { 'alert-red': '5d7e9f10-2b3c-4d5e-8f90-a1b2c3d4e5f6' },
      },
    });
    expect(readDeploymentContext(prod)).toEqual({
      stage: 'prod',
      webOrigins: ['https://svm.example.gov.uk'],
      authDomainPrefix: 'svm-sign-in',
      region: 'eu-west-1',
      certificateArn,
      opsEmail: 'ops@example.gov.uk',
      webDist: '/tmp/built',
      notifyTemplateIds: { 'alert-red': '5d7e9f10-2b3c-4d5e-8f90-a1b2c3d4e5f6' },
    });
  });
});

describe('the other deployment settings', () => {
  it('take a region name only', () => {
    expect(parseRegion('eu-west-2')).toBe('eu-west-2');
    expect(parseRegion('us-gov-west-1')).toBe('us-gov-west-1');
    expect(() => parseRegion('London')).toThrow(/not an AWS region/);
  });

  it('take a certificate from us-east-1 only, where CloudFront looks for it', () => {
    expect(parseCertificateArn(undefined)).toBeUndefined();
    expect(() =>
      parseCertificateArn('arn:aws:acm:eu-west-2:111122223333:certificate/abc-123'),
    ).toThrow(/us-east-1/);
  });

  it('take an email address for operations', () => {
    expect(parseEmail('')).toBeUndefined();
    expect(() => parseEmail('ops')).toThrow(/not an email address/);
  });

  it('serve the custom domain on the web origins that are not localhost', () => {
    expect(customDomainNames(['https://svm.example.gov.uk', 'http://localhost:3000'])).toEqual([
      'svm.example.gov.uk',
    ]);
  });
});
