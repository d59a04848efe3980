import { App } from 'aws-cdk-lib';
import { buildSafetyValveApp } from './stacks/safety-valve-app';

/**
 * The CDK app (cdk.json runs it with tsx). `-c stage=dev|prod` picks the deployment;
 * the stack is environment-agnostic, so `cdk synth` needs no AWS account or network.
 */
const app = new App();
buildSafetyValveApp(app);
app.synth();
