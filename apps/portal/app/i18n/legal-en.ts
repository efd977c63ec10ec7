import type { legalFr } from './legal-fr.ts';

type LegalPages = typeof legalFr;

/** The legal pages in English: the same blocks, in the same order, as the French reference. */
export const legalEn: LegalPages = {
  updated: 'Updated: {date}',
  legalNotice: {
    metaTitle: 'Legal notice',
    metaDescription:
      'Publisher, publication director, hosting, content licence and responsibilities of the Vigie service.',
    title: 'Legal notice',
    lead: 'Vigie is a French public digital service that helps victims of cybercrime.',
    sections: [
      {
        title: 'Publisher',
        blocks: ['The Vigie website is published by {publisher}, {publisherAddress}.'],
      },
      {
        title: 'Publication director',
        blocks: ['The publication director is {director}.'],
      },
      {
        title: 'Hosting',
        blocks: ['The website is hosted by {host}, {hostAddress}.'],
      },
      {
        title: 'What the service does',
        blocks: [
          'Vigie helps individuals, businesses, associations and local authorities understand a cybercrime situation, gives them advice and points them to the right services: police and gendarmerie, official reporting platforms, victim support, technical providers.',
          'The diagnostic’s advice is general: it replaces neither a complaint to the police nor the opinion of a professional who knows your situation. If anyone is in immediate danger, call 17 or 112, or text 114.',
        ],
      },
      {
        title: 'Provider directory',
        blocks: [
          'The information on provider profiles (contact details, services, area, opening hours) is declared by the providers themselves.',
          'A referenced provider has signed the service’s commitment charter; the ExpertCyber label also recognises verified expertise. Neither guarantees the result of an intervention: the contract is made directly between you and the provider, who sets the price.',
        ],
      },
      {
        title: 'Intellectual property and reuse',
        blocks: [
          'Unless stated otherwise, the content of this website (texts, advice, diagnostic questionnaire) is published under the [Etalab 2.0 licence](https://www.etalab.gouv.fr/licence-ouverte-open-licence/): you may reuse it freely, commercially too, stating its source (“Vigie”) and the date of its last update.',
          'The “République française” logo block, the Marianne and the graphic elements of the [French State design system](https://www.systeme-de-design.gouv.fr/) are reserved for State websites and are not covered by this licence.',
          'The directory’s geographic data comes from the administrative divisions published by Etalab and the official postcode database (Licence Ouverte), from the communes’ bounding boxes published by Etalab after IGN’s [ADMIN EXPRESS](https://geoservices.ign.fr/adminexpress) (Licence Ouverte), and from [GeoNames](https://www.geonames.org/), its lists of places of 500 and of 1,000 inhabitants or more (CC BY 4.0 licence). Map backgrounds credit their source on the map itself.',
        ],
      },
      {
        title: 'Links to other websites',
        blocks: [
          'Vigie links to public websites (17Cyber, Pharos, THESEE, Perceval, Info Escroqueries…) and to providers’ websites. It is not responsible for their content.',
          'Any website may link to Vigie without asking first.',
        ],
      },
      {
        title: 'Accessibility and personal data',
        blocks: [
          'How accessible the website is appears in the [accessibility statement](/accessibilite); the data it processes, on the [Personal data](/donnees-personnelles) page. The [service status](/health) tells whether the website works normally.',
        ],
      },
      {
        title: 'Writing to us',
        blocks: ['For any question about this website: {publisher}, Vigie service, {publisherAddress}.'],
      },
    ],
  },
  accessibility: {
    metaTitle: 'Accessibility statement',
    metaDescription:
      'How far Vigie conforms to the French accessibility standard (RGAA 4.1), what was checked, what is not accessible and how to seek redress.',
    title: 'Accessibility statement',
    lead: '{publisher} is committed to making its online services accessible, as required by article 47 of French law no. 2005-102 of 11 February 2005. This statement covers the Vigie website: home page, diagnostic, provider directory and information pages.',
    sections: [
      {
        title: 'Compliance status',
        blocks: [
          'Vigie is not compliant with the French general accessibility improvement framework (RGAA), version 4.1.',
          'No full audit of the 106 RGAA criteria has been carried out yet: the compliance rate is not established. Under the RGAA’s rules, a website without a valid audit declares itself not compliant.',
        ],
      },
      {
        title: 'What was checked',
        blocks: [
          'With every change to the code, automated tests drive a browser (Chromium) and check that:',
          '- the diagnostic can be completed from the first question to the outcome with and without JavaScript, and the browser’s Back and Forward buttons and reloading the page keep the answers;',
          '- a missing answer shows an error summary linking to the question;',
          '- the provider search, its filters, its pagination and the profiles work without JavaScript;',
          '- after changing the page of results, focus moves to the results, and the providers on the map can be reached with the keyboard;',
          '- every page declares its language, and switching language works with and without JavaScript.',
          'These tests do not replace an audit: they check neither contrast, nor text alternatives, nor how a screen reader renders the pages. No automated check of accessibility rules (with axe-core, for example) is in place yet.',
        ],
      },
      {
        title: 'Content that is not accessible',
        blocks: [
          'Known non-compliance:',
          '- the place suggestions shown while typing, in the provider search, have not been tested with a screen reader; the form works without them too, by typing a postcode or a municipality.',
          'Exemptions for disproportionate burden: none.',
          'Content outside the scope of the accessibility obligation: the directory’s interactive map (online mapping services). Its essential information is given in accessible form by the list of results shown next to it: name, distance, address and a link to each provider’s profile.',
        ],
      },
      {
        title: 'How this statement was prepared',
        blocks: [
          'This statement was prepared on 3 December 2026. It will be updated after the first audit and with every major change to the website.',
          'Technologies used: HTML5, CSS (French State design system), JavaScript (React and Remix; Leaflet for the map). Every page works without JavaScript, except the map and the place suggestions.',
          'Test environment: Chromium (Debian package) without a graphical interface, driven by Playwright, with and without JavaScript, in French and English. No assistive technology (screen reader, magnifier) has been used yet.',
          'Pages these tests cover: the home page (/), the diagnostic (/diagnostic, its questions and its outcome), the provider search (/prestataires) and a provider’s profile.',
          'Next steps: a full RGAA 4.1 audit of these pages, an automated check of accessibility rules in the tests, and tests with the NVDA and VoiceOver screen readers.',
        ],
      },
      {
        title: 'Feedback and contact',
        blocks: [
          'If you cannot access some content or a service, write to {publisher}, Vigie service (accessibility), {publisherAddress}, to be directed to an accessible alternative or to get the content in another form.',
          'If anyone is in immediate danger, do not wait for an answer: call 17 or 112. If you are deaf, hard of hearing or cannot speak, text 114.',
        ],
      },
      {
        title: 'Redress',
        blocks: [
          'If you reported to the website’s manager an accessibility problem that prevents you from accessing content or a service, and did not get a satisfactory answer, you can refer the matter to the Défenseur des droits (the French rights ombudsman):',
          '- by [writing to the Défenseur des droits online](https://formulaire.defenseurdesdroits.fr/);',
          '- by [contacting the Défenseur des droits’ delegate in your region](https://www.defenseurdesdroits.fr/carte-des-delegues);',
          '- by post, free of charge and without a stamp: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
        ],
      },
    ],
  },
  privacy: {
    metaTitle: 'Personal data',
    metaDescription:
      'What Vigie keeps, why, for how long and on what legal basis, and how to exercise your rights.',
    title: 'Personal data',
    lead: 'Vigie helps you without identifying you: the diagnostic and the provider search ask for no name, no email address and no account. This page describes everything the service processes today; it is updated with every new processing.',
    sections: [
      {
        title: 'Controller',
        blocks: [
          'The controller is {publisher}, {publisherAddress}.',
          'The processing described here is necessary for a task carried out in the public interest, helping victims of cybercrime (article 6(1)(e) of the General Data Protection Regulation, GDPR).',
        ],
      },
      {
        title: 'The diagnostic',
        blocks: [
          'Vigie does not record your answers. They are kept in the page’s address (the “parcours” parameter), which lets you go back or resume later; the server reads them to show the next question, then forgets them.',
          'That address stays in your browser’s history. If other people use your device, or if you think you are being watched, use private browsing or clear the history after your visit.',
        ],
      },
      {
        title: 'The provider search',
        blocks: [
          'The place you type (postcode, municipality), or your position if you use “Around me” and allow it in your browser, is used only to find nearby providers. It is not recorded.',
          'If the service’s hosting uses the national address database (Base adresse nationale) to find places, Vigie’s server sends it the text you typed, with no information about you.',
          'The map shows backgrounds that your browser downloads from a third-party service (OpenStreetMap by default): as with any image loaded from the internet, that service receives your IP address. The list of results gives the same information without the map.',
        ],
      },
      {
        title: 'Technical logs',
        blocks: [
          'The server logs each request: date, method, page address without its parameters, response code, duration and request id. These logs contain no IP address, no place searched for and no diagnostic answer. They are used to detect and fix incidents; how long they are kept is set by the service’s hosting.',
        ],
      },
      {
        title: 'Protection against abuse',
        blocks: [
          'To limit abuse (repeated sign-in attempts, automated searches), the service counts each IP address’s requests per minute. These counters are kept in memory only, never written to disk or to the logs, and expire after one minute.',
        ],
      },
      {
        title: 'Language cookie',
        blocks: [
          'If you change the website’s language, a “lang” cookie remembers your choice (“fr” or “en”) for a year. It holds nothing else and is not used to track you: it needs no consent.',
          'Vigie uses no other cookie, no audience measurement and no advertising.',
        ],
      },
      {
        title: 'Professional accounts',
        blocks: [
          'Accounts are for the professionals who work on the service (providers, partners, police officers and gendarmes, administrators) and are created by the publisher; victims do not need one.',
          'For each account, Vigie keeps the email address, display name, language, roles and a hash of the password (scrypt), never the password itself. A session stops being valid after 12 hours; only a hash of its token is kept.',
          'Sign-ins, failed sign-ins and sign-outs are written to a security log (date, account, request id, no IP address). A failure with an unknown email address does not record the address typed.',
          'An account’s data is kept as long as the account exists. When it is deleted, the security log entries are no longer linked to the person.',
        ],
      },
      {
        title: 'Provider directory',
        blocks: [
          'Profiles publish the business contact details each provider chose to give (name, address, phone, email, website). When a provider works as a sole trader, these are personal data, published so that victims can contact them.',
        ],
      },
      {
        title: 'Recipients',
        blocks: [
          'Data is processed only by authorised staff of {publisher} and by the service’s hosting. Vigie neither sells nor transfers any data. The only third party that receives personal data is the map background service, which receives your IP address directly from your browser.',
        ],
      },
      {
        title: 'Your rights',
        blocks: [
          'You have the right to access, rectify and erase your data and to restrict its processing, and the right to object (articles 15 to 21 of the GDPR). Since Vigie keeps nothing that identifies you when you run a diagnostic or a search, these rights mostly concern professional accounts.',
          'To exercise them, write to {dpo}, {dpoAddress}.',
          'If, after contacting us, you believe your rights are not respected, you can [lodge a complaint with the CNIL](https://www.cnil.fr/fr/plaintes), the French data protection authority.',
        ],
      },
    ],
  },
};
