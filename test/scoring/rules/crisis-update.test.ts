import { testRule } from '../../helpers/rule-tester.ts';
import type { RuleCase } from '../../helpers/rule-tester.ts';

const crisis = (text: string, extra: Partial<RuleCase> = {}): RuleCase => ({
  text,
  context: { kind: 'crisis' },
  ...extra,
});

testRule('crisis-update', {
  valid: [
    crisis(
      "We're aware card payments are failing in our app and we're sorry. The cause is a faulty update; our engineers are rolling it back now. Next update at 3pm.",
      { messageId: 'met', evidence: ["We're aware", 'sorry', 'Next update', 'at 3pm'] },
    ),
    crisis(
      'Some customers are unable to log in. We apologise. The cause is a failed server, and our team is restoring it. We will post again within the hour.',
    ),
    crisis(
      "Our website is down due to a power cut at our data centre. Sorry! Engineers are on site. We'll update this thread every 30 minutes.",
    ),
    crisis(
      "We know many of you are stuck at the airport tonight and we're so sorry. We don't yet know what caused the radar failure, but we've laid on extra buses. Next update at 9:30pm.",
    ),
    crisis(
      "We're investigating reports of double charges, and we're sorry for the worry. This was triggered by a bank error. A fix is being deployed. Next update in 2 hours.",
    ),
    crisis(
      'Trains between Leeds and York are cancelled following a signal failure. We apologise. Replacement buses are running. Next update at 18:00.',
    ),
    crisis(
      "We've identified an issue with deliveries in the north; sorry. It's down to a flooded depot. We're rerouting parcels and will share more tomorrow morning.",
    ),
    crisis(
      "We're aware the app is not loading. Our engineers are working on a fix. Next update at 2pm.",
      { messageId: 'metPartly', evidence: ["We're aware", 'Next update'] },
    ),
    crisis(
      "Some of you can't check out. A fix is in progress and we'll post again in 30 minutes. Sorry about this!",
      {
        messageId: 'metPartly',
      },
    ),
    crisis(
      'Reports of slow loading are coming in. We are working to restore full speed. Next update in an hour.',
      {
        messageId: 'metPartly',
      },
    ),
    crisis(
      "Our checkout is currently unavailable, sorry. We have rolled back last night's release. More updates at 11am.",
      {
        messageId: 'metPartly',
      },
    ),
    crisis(
      "Card payments are down because of a network fault. We're sorry. Our engineers are on it and we will update you at 4pm.",
    ),
    {
      text: 'We are aware of the outage and the next update is at 3pm.',
      status: 'n/a',
      messageId: 'notApplicable',
    },
    {
      text: 'Our store is closed today, sorry.',
      context: { kind: 'question' },
      status: 'n/a',
      messageId: 'notApplicable',
    },
    {
      text: 'Sorry to hear about the delay, Ben.',
      context: { kind: 'troll' },
      status: 'n/a',
      messageId: 'notApplicable',
    },
    {
      text: "Card payments are down because of a network fault. We're sorry. Our engineers are on it and we will update you at 4pm.",
      context: { kind: 'complaint', expectations: { 'crisis-update': 'expected' } },
    },
    crisis(
      "Some boxes are late today and we're sorry. It was a fault in the courier's booking system. We're sending boxes on our own vans instead. Next update at 4pm.",
      { messageId: 'met', evidence: ['are late', 'It was a fault in', "We're sending"] },
    ),
    crisis(
      'Deliveries are still delayed in Leeds, sorry. The cause was a bug in the update; we are diverting orders to the Bradford depot. Next update at noon.',
      { messageId: 'met', evidence: ['are still delayed', 'we are diverting'] },
    ),
  ],
  invalid: [
    {
      text: "We're aware card payments are failing and we're sorry.",
      context: { kind: 'question', expectations: { 'crisis-update': 'required' } },
      status: 'missed',
      messageId: 'incomplete',
    },
    crisis("We're aware card payments are failing and we're sorry.", {
      status: 'missed',
      messageId: 'incomplete',
      evidence: ["We're aware"],
    }),
    crisis('Our engineers are working on a fix. Next update at 3pm.', {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis("The app is down. We're working on it and will update you as soon as we know more.", {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis("Some customers are unable to log in. We'll post another update at 5pm.", {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis('We apologise for any inconvenience.', { status: 'missed', messageId: 'incomplete' }),
    crisis('Sorry!', { status: 'missed', messageId: 'incomplete' }),
    crisis('', { status: 'missed', messageId: 'incomplete' }),
    crisis('Everything is fine on our side; please restart your router.', {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis('We are not aware of any outage. Next update at 3pm.', {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis('Thanks for your patience while we investigate.', {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis('Payments are disrupted. Engineers are investigating.', {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis('Next update at 3pm.', { status: 'missed', messageId: 'incomplete' }),
    crisis("We're aware of the outage. We will keep you posted.", {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis('We are aware of issues with some orders. More info at 6pm.', {
      status: 'missed',
      messageId: 'incomplete',
    }),
    crisis('Our engineers are restoring service now, sorry about this.', {
      status: 'missed',
      messageId: 'incomplete',
    }),
  ],
});
