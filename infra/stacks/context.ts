import { isAbsolute, join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { REPO_ROOT } from '../constructs/node-bundling';
import { type Stage, parseStage } from './stage';
import { isNotificationEvent, type NotificationEvent } from '../../shared/domain';

/** What a deployment is told on the command line (`-c key=value`) or in cdk.json. */
export interface DeploymentContext {
  stage: Stage;
  /** Origins of the web app that Cognito may redirect back to after sign-in. */
  webOrigins: string[];
  /** Prefix of the Cognito sign-in domain, `<prefix>.auth.<region>.amazoncognito.com`. */
  authDomainPrefix: string;
  /** Where the service runs; London unless told otherwise. */
  region: string;
  /** An ACM certificate in us-east-1 for the web origins' host names (a custom domain). */
  certificateArn?: string;
  /** Who is told when an operational alarm goes off. */
  opsEmail?: string;
  /** The built web app to upload: web/dist by default. */
  webDist: string;
  /** GOV.UK Notify's template id for each notification event (`-c notifyTemplateIds='{…}'`). */
  notifyTemplateIds: Partial<Record<NotificationEvent, string>>;
}

/** Data stays in the UK: London. */
export const DEFAULT_REGION = 'eu-west-2';

/** Where an engineer's local web app runs (the local runner's default PORT). */
const DEV_WEB_ORIGIN = 'http://localhost:3000';

export function readDeploymentContext(app: App): DeploymentContext {
  const stage = parseStage(app.node.tryGetContext('stage'));
  return {
    stage,
    webOrigins: parseWebOrigins(app.node.tryGetContext('webOrigins'), stage),
    authDomainPrefix: parseDomainPrefix(
      app.node.tryGetContext('authDomainPrefix') ?? `safety-valve-${stage}`,
    ),
    region: parseRegion(app.node.tryGetContext('region') ?? DEFAULT_REGION),
    ...optional('certificateArn', parseCertificateArn(app.node.tryGetContext('certificateArn'))),
    ...optional('opsEmail', parseEmail(app.node.tryGetContext('opsEmail'))),
    webDist: resolveFromRoot(app.node.tryGetContext('webDist') ?? 'web/dist'),
    notifyTemplateIds: parseNotifyTemplateIds(app.node.tryGetContext('notifyTemplateIds')),
  };
}

const TEMPLATE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One GOV.UK Notify template per event, as JSON text (the command line) or an object
 * (cdk.json). Unknown events and ids that are not Notify's UUIDs stop synthesis.
 */
export function parseNotifyTemplateIds(value: unknown): Partial<Record<NotificationEvent, string>> {
  if (value === undefined || value === null || value === '') return {};
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new Error('notifyTemplateIds: must be JSON, like {"return-due":"<template id>"}.');
    }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('notifyTemplateIds: must map event names to template ids.');
  }
  const ids: Partial<Record<NotificationEvent, string>> = {};
  for (const [event, id] of Object.entries(parsed)) {
    if (!isNotificationEvent(event))
      throw new Error(`notifyTemplateIds: "${event}" is not an event.`);
    if (typeof id !== 'string' || !TEMPLATE_ID.test(id)) {
      throw new Error(
        `notifyTemplateIds: the template id for ${event} must be a Notify template's UUID.`,
      );
    }
    ids[event] = id;
  }
  return ids;
}

function optional<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === 'string' && value !== ''
    ? ({ [key]: value } as { [P in K]: string })
    : {};
}

function resolveFromRoot(path: unknown): string {
  const value = String(path);
  return isAbsolute(value) ? value : join(REPO_ROOT, value);
}

export function parseRegion(value: unknown): string {
  const region = String(value);
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new Error(`region: "${region}" is not an AWS region name, like eu-west-2.`);
  }
  return region;
}

/** CloudFront takes certificates from us-east-1 only. */
export function parseCertificateArn(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const arn = typeof value === 'string' ? value : JSON.stringify(value);
  if (!/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(arn)) {
    throw new Error(
      `certificateArn: "${arn}" must be an ACM certificate in us-east-1, where CloudFront takes them from.`,
    );
  }
  return arn;
}

export function parseEmail(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const email = typeof value === 'string' ? value : JSON.stringify(value);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new Error(`opsEmail: "${email}" is not an email address.`);
  }
  return email;
}

/** The host names to serve on a custom domain: the web origins that are not localhost. */
export function customDomainNames(webOrigins: string[]): string[] {
  return webOrigins
    .map((origin) => new URL(origin).hostname)
    .filter((host) => host !== 'localhost');
}

/** A comma-separated string (from `-c`) or a list (from cdk.json) of origins. */
export function parseWebOrigins(value: unknown, stage: Stage): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const origins = raw.map((origin) => String(origin).trim()).filter((origin) => origin !== '');
  if (origins.length === 0) {
    if (stage === 'prod') {
      throw new Error(
        'prod needs the web app address for sign-in redirects: -c webOrigins=https://<the service domain>.',
      );
    }
    return [DEV_WEB_ORIGIN];
  }
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`webOrigins: "${origin}" is not a URL.`);
    }
    const local = url.protocol === 'http:' && url.hostname === 'localhost';
    if (url.origin !== origin) {
      throw new Error(`webOrigins: "${origin}" must be an origin only, like ${url.origin}.`);
    }
    if (url.protocol !== 'https:' && !local) {
      throw new Error(`webOrigins: "${origin}" must use https (only localhost may use http).`);
    }
    if (local && stage === 'prod') {
      throw new Error(`webOrigins: prod must not redirect to "${origin}".`);
    }
  }
  return origins;
}

/** Cognito's own rules for a domain prefix, checked here rather than at deploy time. */
export function parseDomainPrefix(value: unknown): string {
  const prefix = String(value);
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
    throw new Error(
      `authDomainPrefix: "${prefix}" must be lower-case letters, digits and hyphens, and must not contain aws, amazon or cognito.`,
    );
  }
  return prefix;
}
