import { Match } from 'aws-cdk-lib/assertions';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const events = lazily(() => templateOf(synthPlatform('dev').events));

describe('the event bus', () => {
  it('is named after the environment', () => {
    events().hasResourceProperties('AWS::Events::EventBus', { Name: 'agent-platform-dev' });
  });

  it('archives every platform event for replay', () => {
    events().hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
      EventPattern: { source: ['agent-platform'] },
      RetentionDays: 7,
    });
  });
});
