import { testRule } from '../../helpers/rule-tester.ts';

testRule('take-private', {
  valid: [
    { text: 'Have your friend message us.', evidence: ['message us'] },
    {
      text: 'Send us a note at https://example.com/help so our team can connect.',
      evidence: ['Send us a note at'],
    },
    {
      text: 'Please contact my colleagues via: https://example.com/c',
      evidence: ['contact my colleagues via:'],
    },
    {
      text: 'Please reach out to our billing team for assistance: https://example.com/b',
      evidence: ['reach out to our billing team for assistance:'],
    },
    {
      text: "You're welcome to discuss it with an adviser sooner by calling.",
      evidence: ['by calling'],
    },
    { text: 'I will give you a call at the number you sent.', evidence: ['give you a call'] },
    {
      text: 'Please contact our support so that we can assist further.',
      evidence: ['Please contact our support'],
    },
    {
      text: 'Fill in the web form using this link: https://example.com/form',
      evidence: ['Fill in the web form'],
    },
    { text: "Just click 'Message' at the top of our profile.", evidence: ["click 'Message"] },
    {
      text: "Please DM us your order number and we'll check.",
      evidence: ['DM'],
    },
    {
      text: 'Could you send us a direct message with the details?',
      evidence: ['direct message'],
    },
    {
      text: "Email us at help@example.com and we'll sort it out.",
      evidence: ['Email us', 'help@example.com'],
    },
    { text: 'Call us on 0800 123 4567 and we can fix it over the phone.', evidence: ['Call us'] },
    {
      text: 'Please use this secure link to update your card: https://example.com/secure',
      evidence: ['secure link'],
    },
    {
      text: "Please check your inbox, we've sent you a private message.",
      evidence: ['inbox', 'private message'],
    },
    { text: "Send us a PM and we'll take a look at the booking.", evidence: ['PM'] },
    { text: 'Drop us a DM with your booking reference, Jess.', evidence: ['DM'] },
    { text: 'Give us a call and we will put it right.', evidence: ['Give us a call'] },
    { text: "We'll DM you shortly with a returns label." },
    { text: 'Check your DMs, we have messaged you the details.', evidence: ['DMs'] },
    {
      text: "Please don’t post your card details here; DM us instead and we'll help.",
      evidence: ['DM'],
    },
    { text: 'Please DM us, and never post your password publicly.' },
    { text: 'Please send your booking reference by DM.' },
    { text: 'Reach out to our team via live chat and they can check your account.' },
    { text: 'PLEASE DM US YOUR ACCOUNT NUMBER.' },
    { text: "Please DM us. What's your order number? We'll chase it." },
    {
      text: 'Thank you for the lovely review!',
      context: { kind: 'praise' },
      status: 'n/a',
    },
    {
      text: 'You can also reach us by phone on 0800 000 1111.',
      evidence: ['by phone', '0800 000 1111'],
    },
    {
      text: 'Please forward the messages in an email to our fraud team.',
      evidence: ['forward the messages in an email'],
    },
    { text: 'Send your order number by email and we will check it.' },
    {
      text: 'Please share your contact details on 0800 123 4567 or help@example.com.',
      evidence: ['0800 123 4567'],
    },
    { text: "We'll need your order number, so please DM it to us.", evidence: ['DM'] },
    {
      text: 'You would need to send it to us by email, and we will check it.',
      evidence: ['to send it to us by email'],
    },
    { text: 'DM us the email on your account, please.' },
    { text: 'Let us know if your email address has changed, and DM us if the code still fails.' },
    { text: "We'll email you on Monday once the engineer has been." },
    {
      text: 'Please phone or chat with us using the link on our help page.',
      evidence: ['phone or chat'],
    },
    {
      text: 'You will need to open the help page and click on "Contact us" to reach an agent.',
      evidence: ['click on "Contact us'],
    },
    {
      text: 'This is one for our accounts team. You can reach them by filling in the form on our help page.',
      evidence: ['reach them by'],
    },
    {
      text: 'So sorry about the parcel. Please reach out to us here: https://example.com/help and we will sort it.',
      evidence: ['reach out to us here'],
    },
    {
      text: 'Please write to us so we can investigate: https://example.com/contact',
      evidence: ['write to us so we can investigate'],
    },
    {
      text: 'Use this link to contact our billing team: https://example.com/billing',
      evidence: ['contact our billing team'],
    },
    {
      text: 'You can send us a message by clicking the link below.',
      evidence: ['send us a message'],
    },
    {
      text: "Just click 'Message' at the top of our profile and we'll pick it up.",
      evidence: ["click 'Message"],
    },
    { text: 'If you have time to chat securely with me, I can move the booking today.' },
    {
      text: 'A colleague has emailed you, so please check your email and reply with the details there.',
    },
    { text: 'Please message us with the email address on the account.' },
    {
      text: 'You have to call, and the team can cancel it for you.',
      evidence: ['You have to call'],
    },
    {
      text: 'Could you email the photos to our returns team, please?',
      evidence: ['Could you email the'],
    },
    {
      text: "Please reach out here: https://example.com/help and we'll take a look.",
      evidence: ['reach out here:'],
    },
    {
      text: 'This is one for the billing team. You can reach them here: https://example.com/billing',
      evidence: ['reach them here:'],
    },
    {
      text: 'Please reach out to our Payments experts here https://example.com/pay',
      evidence: ['reach out to our Payments experts here'],
    },
    {
      text: "Please open a ticket and we'll help you personally.",
      evidence: ['open a ticket'],
    },
    { text: "We'd be glad to take this offline with you.", evidence: ['take this offline'] },
    {
      text: 'Please send your details to the front office on 12345 67890 or desk@example.com.',
      evidence: ['desk@example.com'],
    },
    {
      text: 'Please tell us more so we can help: https://example.com/help',
      evidence: ['tell us more'],
    },
    {
      text: 'Sorry about that! Please report this to our support team here: https://example.com/report',
      evidence: ['report this to our support team'],
    },
    { text: 'Send us a note at https://example.com/note so our team can connect.' },
    {
      text: 'Please submit a request to us at https://example.com/requests/new and we will help.',
      evidence: ['submit a request to us at'],
    },
    {
      text: 'Please contact support using the Chat button on the right of the article.',
      evidence: ['Chat button'],
    },
    {
      text: 'Please click the "Call Me" button and enter your number so we can ring you.',
      evidence: ['click the "Call Me'],
    },
    {
      text: 'We would be grateful if you could share your feedback with us at gm@example.com.',
      evidence: ['gm@example.com'],
    },
    {
      text: 'Please share your contact details on 0800 555 0199 or stay@example.com.',
      evidence: ['stay@example.com'],
    },
    {
      text: 'We are unable to close it from here. You have to call.',
      evidence: ['You have to call'],
    },
    {
      text: 'Can you email your name and address over to our help desk?',
      evidence: ['Can you email'],
    },
    {
      text: 'You can reach the upgrades team here: https://example.com/upgrades',
      evidence: ['reach the upgrades team'],
    },
    {
      text: 'I am available to speak to you whenever suits you.',
      evidence: ['available to speak to you'],
    },
    {
      text: 'Let us take this offline and sort it out.',
      evidence: ['take this offline'],
    },
    {
      text: 'So sorry about the room. Please call me on +44 20 7946 0958 so I can put it right.\n\nRegards,\nAsha',
      evidence: ['call me'],
    },
    {
      text: 'So sorry about the room, we would like to put it right.\n\nRegards,\nAsha Rao, General Manager, on +44 20 7946 0958 or by email any time',
      evidence: ['+44 20 7946 0958'],
    },
  ],
  invalid: [
    {
      text: 'Feel free to message us again here if you need help.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: "You'll need to contact your bank about the charge.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Click the message icon to see your history.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'You can mark files as offline, though this is done manually.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Only the songs you download are available for offline play.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'If it has not come by then, you will need to open a case once the delivery date passes.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: "We've just created a ticket for our engineers, and we'll post an update here.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please call it in at the desk when you arrive and they will fix the key.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please reply here with your full name, email and order number.',
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['Please reply here with your full name'],
    },
    {
      text: 'Post your account number below and we will check.',
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['Post your account number'],
    },
    {
      text: "What's your email? Just reply to this tweet.",
      status: 'violated',
      messageId: 'publicPii',
      evidence: ["What's your email"],
    },
    {
      text: 'Can you tell us your order number? Reply below.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'Please reply with your address so we can resend it.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: "Comment your tracking number and we'll look into it.",
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['Comment your tracking number'],
    },
    {
      text: 'Let us know your postcode in the comments.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'Please share your order number here.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'Your phone number is 555-201-3344, right?',
      status: 'violated',
      messageId: 'postsPii',
      evidence: ['Your phone number is 555-201-3344'],
    },
    {
      text: 'Your account number is 12345678 and it is active.',
      status: 'violated',
      messageId: 'postsPii',
    },
    {
      text: 'Your email address is jo.smith@example.com, we have it on file.',
      status: 'violated',
      messageId: 'postsPii',
      evidence: ['Your email address is jo.smith@example.com'],
    },
    {
      text: "Please don't share your card details here.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: "Sorry about the wait, we're looking into it.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'You mentioned you would "DM us later", so we will keep an eye out.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'We can give you a reference number once the claim is open.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please give us your order number here.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'The store on High Street opens at nine tomorrow.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: "Tweet us your booking reference and we'll look.",
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'Reply to this tweet with your date of birth.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'What is your order number? Please reply below.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: "We'll send your invoice by email once it is ready.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'The new itinerary will be sent via email tomorrow.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Our team will also send your new PIN by post.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Tap the share icon to send that photo by email.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please delete this tweet and the one with your phone number in it.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Click below to send your name and postcode so our team can call.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please type the password in by hand instead of pasting it.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Can we have your email address below?',
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['Can we have your email address'],
    },
    {
      text: 'To check this, can you let me know your full name?',
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['can you let me know your full name'],
    },
    {
      text: 'May I have your booking reference, please?',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: "We'll need your order number to check this.",
      status: 'violated',
      messageId: 'publicPii',
      evidence: ["We'll need your order number"],
    },
    {
      text: "We'll just send your order number again.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'You can send your order number below.',
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['send your order number'],
    },
    {
      text: "What's the email on the account?",
      status: 'violated',
      messageId: 'publicPii',
      evidence: ["What's the email on the account"],
    },
    {
      text: "Pop your phone number below and we'll call you back.",
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['Pop your phone number'],
    },
    {
      text: 'Please advise us of your reference, phone number and postal address.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'Please share a convenient date, time and an active mobile number to connect.',
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['Please share a convenient date, time and an active mobile number'],
    },
    {
      text: 'Is this for a prepaid account? If not, what is your phone number?',
      status: 'violated',
      messageId: 'publicPii',
      evidence: ['what is your phone number'],
    },
    {
      text: 'Please send us more details with your name, postcode and phone number.',
      status: 'violated',
      messageId: 'publicPii',
    },
    {
      text: 'Can you tell us the delivery date stated in your order confirmation email?',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Let us know if your email address has changed.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Your flight is now due to leave at 5:45 pm and land at 8:46 pm.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please reach out to the cabin crew for assistance.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please see this article: https://example.com/articles/115007553888/transfers',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'If you need anything else, reach out to us.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'You can mark files as offline, though this is done by hand.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Have you had an email about the order? Please check junk and let us know.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please send us a feedback report using these steps: https://example.com/steps',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Your contact email is jo@example.com, is that right?',
      status: 'violated',
      messageId: 'postsPii',
    },
    {
      text: 'Thank you for the lovely review, we hope to see you again.\n\nWarm regards,\nAsha Rao\nGeneral Manager\n+44 20 7946 0958',
      status: 'missed',
      messageId: 'missed',
    },
  ],
});
