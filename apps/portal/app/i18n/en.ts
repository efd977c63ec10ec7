import type { Messages } from './fr.ts';

export const en: Messages = {
  meta: {
    siteName: 'Vigie',
    homeTitle: 'Vigie — Help for victims of cybercrime',
    description:
      'Victim of an online scam, a hacked account or online harassment? Vigie works out what is happening, advises you and points you to the right next step.',
  },
  shell: {
    skipLinksLabel: 'Quick access',
    skipToContent: 'Content',
    skipToMenu: 'Menu',
    skipToFooter: 'Footer',
    serviceName: 'Vigie',
    tagline: 'Help for victims of cybercrime',
    homeLinkTitle: 'Home — Vigie',
    menu: 'Menu',
    close: 'Close',
    mainNavLabel: 'Main menu',
    navHome: 'Home',
    navDiagnostic: 'Run a diagnostic',
    navProviders: 'Find a provider',
    footerDescription:
      'Vigie supports individuals, businesses and local authorities who are victims of cybercrime: diagnostic, advice, and referral to the police and to trusted providers.',
    footerAccessibility: 'Accessibility: not compliant',
    footerLegal: 'Legal notice',
    footerPrivacy: 'Personal data',
    newWindow: 'new window',
    licence: 'Unless stated otherwise, the content of this site is available under',
  },
  language: {
    switchLabel: 'Site language',
    switchTo: 'Français',
    switchToTitle: 'Afficher le site en français',
    switchToCode: 'fr',
  },
  home: {
    heroTitle: 'Victim of cybercrime? Vigie is here to help.',
    heroLead:
      'Online scam, hacked account, ransomware, harassment: answer a few questions to understand what is happening, what to do and who to turn to.',
    startDiagnostic: 'Start the diagnostic',
    findProvider: 'Find a provider',
    urgentTitle: 'In an emergency',
    urgentText:
      'If you are in danger or an offence is under way, call 17 (or 112 from a mobile phone). To report by text message, send an SMS to 114.',
    stepsTitle: 'What Vigie offers',
    stepDiagnosticTitle: 'Run a diagnostic',
    stepDiagnosticText:
      'A few questions are enough to identify the threat: phishing, card fraud, account takeover, ransomware, blackmail…',
    stepAdviceTitle: 'Get advice',
    stepAdviceText: 'Recommendations suited to your situation, to limit the damage and protect yourself.',
    stepReportTitle: 'Report and file a complaint',
    stepReportText:
      'Vigie points you to the right reporting platform (Pharos, THESEE, Perceval, 33700…) and to filing a complaint.',
    stepAgentTitle: 'Talk to a police officer or gendarme',
    stepAgentText:
      'When the situation is urgent or serious, a police officer or gendarme answers you by chat to advise you and start the procedure.',
    stepProviderTitle: 'Find a provider',
    stepProviderText:
      'For hands-on technical help, find a referenced or ExpertCyber-labelled provider near you.',
    audiencesTitle: 'Who is it for?',
    audiencesText:
      'Vigie is for individuals, businesses and associations, and local authorities and public bodies. The service is free.',
  },
  health: {
    title: 'Service status',
    ok: 'API operational',
    degraded: 'API degraded',
    unavailable: 'API unavailable',
    unavailableText:
      'The data service is not answering right now. The diagnostic and the provider search may be temporarily unavailable. In an emergency, call 17.',
    apiVersion: 'API version',
    catalogueVersion: 'Catalogue version',
    searchEngine: 'Search engine',
    engineEmbedded: 'embedded',
    engineMeilisearch: 'Meilisearch',
    componentOk: 'operational',
    componentDegraded: 'degraded',
    database: 'Database',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundCode: 'Error 404',
    notFoundLead: 'The page you are looking for cannot be found. We apologise for the inconvenience.',
    notFoundText:
      'If you typed the web address in the browser, check that it is correct. The page may no longer be available. In that case, you can continue your visit from our home page.',
    unexpectedTitle: 'Unexpected error',
    unexpectedCode: 'Error {status}',
    unexpectedLead:
      'Sorry, the service is having a problem; we are working to fix it as quickly as possible.',
    unexpectedText: 'Try refreshing the page or come back later. In an emergency, call 17.',
    backHome: 'Home page',
  },
};
