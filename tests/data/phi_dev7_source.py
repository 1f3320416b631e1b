"""Blind development set d7 for the PHI scanner: tests/data/phi_dev7.jsonl.

The hospital is Kestrel Ridge Cancer Center, the regional cancer center of Cascade
Northwest University Hospital in Alder Falls, Washington (fictional; its phone
numbers, addresses, domains and handles are in phi_dev7_org.json and are never
labelled). The focus is survivorship and bell-ringing stories, clinical-trial and
research news with named researchers, memorials and tributes, patient-run 5Ks and
funds named after patients, GoFundMe / CaringBridge links, survivors who became
volunteers or staff, and eponymous cancers and conditions (Hodgkin, Ewing sarcoma,
Wilms tumor, Burkitt lymphoma, Lynch syndrome...). About 80% English, 20% Spanish;
X posts (<= 280 characters), longer Facebook posts, comment-style replies and
internal drafts with pasted chart details.

Written blind, by hand, one post at a time, without looking at the scanner, its
word lists or any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
  - patient_specific is true iff the post carries at least one labelled identifier
    of a patient or of a patient's relative / household member. Anonymous stories,
    staff, doctors, researchers, volunteers, donors, staff members' own families,
    public and historical figures, pets, the hospital's own contacts and campaign
    hashtags are never labelled - unless that person IS a patient (a survivor who
    became a volunteer or an employee) or a patient's relative.
  - NAME: name tokens only, no honorifics (Mr., Sra., don, Officer, Dr. as a title)
    or descriptive words; possessive 's excluded; family surnames; lower-case and
    ALL-CAPS names as written; initials; nicknames; a hashtag containing a
    patient's name is one NAME span including '#'. A fund, walk or 5K named after
    a patient carries a NAME when the post makes clear the person was a patient.
    Eponymous conditions (Hodgkin, Ewing, Wilms, Burkitt, Lynch...) are not names.
  - DATE: any date element except a bare year tied to the patient (birth,
    diagnosis, surgery, last treatment / bell ringing, admission, discharge,
    death), as written with its year; a month alone tied to the patient; a named
    holiday on which the patient's event happened. Weekdays, relative expressions,
    dates of hospital or fundraising events and awareness days are not labelled.
  - AGE: only ages over 89 (the token as written, "94th", "101"), never <= 89.
  - GEO: place smaller than a state tied to the patient or family (city,
    neighbourhood, street, ZIP, a named care home the patient lives in); the
    hospital's own sites are not GEO.
  - PHONE / EMAIL / URL: the patient's or family's, as written (hospital numbers and
    domains are not); a family's social handle is OTHER_ID; MRN / ACCOUNT /
    HEALTH_PLAN ids are the value only; room / bed (and infusion chair / bay) numbers are
    OTHER_ID including the keyword ("rm 614", "habitación 512").
  - PHOTO only when the text says the attached photo shows the patient (cue word).
  - Every occurrence of a labelled string is labelled unless listed in ok=(...).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev7.jsonl"), os.path.join(HERE, "phi_dev7_org.json"), "d7")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- batch 1

p(
    "en",
    "patient_story",
    "Tiny rang the bell today!! 🔔 After 14 months of chemo for Wilms tumor, our bravest 6-year-old is DONE. Thank you to every nurse on Peds Onc who sang her out. #RingTheBell #KestrelStrong",
    [("NAME", "Tiny")],
    note="nickname alone at the start, no honorific or cue; Wilms is an eponym, not a name",
)
n(
    "en",
    "research",
    "New from the Kestrel Ridge lab of Dr. Helena Okafor: a phase II trial of a targeted therapy for relapsed Burkitt lymphoma opens this month. Ask your oncologist or call the trials office at (360) 555-0119. #CancerResearch",
    "named researcher, eponymous lymphoma and the hospital's trials line only",
)
p(
    "en",
    "memorial",
    "It is with heavy hearts that we share the passing of Walt Brennan, who many of you knew as the man with the harmonica in our infusion lounge. Walt was treated here for six years and never once walked in without a joke.\n\nHe died peacefully at home in Elkhorn Bay on February 11, surrounded by his daughters Kim and Lisa. 💙\n\nHis family asks that, in lieu of flowers, gifts be made to the Kestrel Ridge patient assistance fund. Rest easy, Walt. 🎶",
    [
        ("NAME", "Walt Brennan"),
        ("NAME", "Walt", "*"),
        ("GEO", "Elkhorn Bay"),
        ("DATE", "February 11"),
        ("NAME", "Kim"),
        ("NAME", "Lisa"),
    ],
)
n(
    "en",
    "staff_spotlight",
    "Meet Jordan Pike, RN, our new charge nurse on the 6th floor infusion unit! 🎉 Jordan came to us from a pediatric hospital in Spokane and has spent 11 years in oncology nursing.\n\nWhen she's not at work you'll find her paddleboarding on the Sound with her husband Marcus and their twins. Say hi if you see her!\n\n#KRCCNursing #MeetTheTeam",
    "staff spotlight; the nurse's own husband and previous employer's city are not PHI",
)
p(
    "en",
    "thank_you",
    "@KestrelRidgeCC thank u to the 4th floor crew for taking care of my mom Rosalind these last 3 wks. she came home yesterday and is already bossing us around 😂 #grateful",
    [("NAME", "Rosalind")],
    note="comment-style reply from a daughter; the hospital handle is not labelled, the patient's first name is",
)
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers in young adults. Swollen, painless lymph nodes that don't go away? Get them checked. Our lymphoma clinic: 360-555-0131. #HodgkinAwareness",
    "eponymous cancer and the hospital's clinic number",
)
p(
    "en",
    "patient_story",
    'If you\'ve had chemo on a Tuesday in the last two years, you\'ve probably met Bev. 💛\n\nBev Harlan finished treatment for breast cancer here in 2019, and a year later she was back — this time in a purple volunteer vest, pushing the snack cart and handing out warm blankets.\n\n"I remember how cold I was in that chair," she says. "Now I get to be the blanket lady."\n\nThank you, Bev, for 900+ volunteer hours! #KRCCVolunteers #SurvivorStrong',
    [("NAME", "Bev Harlan"), ("NAME", "Bev", "*")],
    note="a volunteer who is also a former patient, so her name is PHI; the weekday and bare year are not",
)
n(
    "en",
    "anonymous_story",
    "A patient told one of our nurses this morning: \"I came in scared and I'm leaving with a plan.\" That's why we do this. 💙 #KestrelStrong",
    "anonymous patient quote, no identifier",
)
p(
    "en",
    "pasted_record",
    "DRAFT - do not post yet. Bell ringing post for FB: pt Delgado, Ruben A, DOB 04/09/1958, MRN 7720-1184, last radiation 3/14. Wife Alma ok'd it, her cell 503-555-2291. Need signed release before Friday.",
    [
        ("NAME", "Delgado, Ruben A"),
        ("DATE", "04/09/1958"),
        ("MRN", "7720-1184"),
        ("DATE", "3/14"),
        ("NAME", "Alma"),
        ("PHONE", "503-555-2291"),
    ],
)
n(
    "en",
    "event",
    "🏃‍♀️ The 9th annual Ridge to River 5K is Saturday, May 17 at Tamarack Park! Walk, run or roll — every dollar supports survivorship programs at Kestrel Ridge Cancer Center.\n\nCheck-in opens at 7:30 a.m.; race starts at 8:30. Survivors get a free teal shirt and a spot in the survivor lap. 💚\n\nRegister: kestrelridgecancer.org/5k\nQuestions? 360-555-0163",
    "hospital event date, venue, URL and foundation phone",
)
p(
    "en",
    "patient_story",
    "Hope turned 8 today and celebrated by ringing our bell 🔔🎂 Ewing sarcoma, you lost. #RingTheBell",
    [("NAME", "Hope")],
    note="name that is an ordinary word, alone at the start; 'today' is relative; Ewing is an eponym",
)
n(
    "en",
    "health_tip",
    "Hope is not a plan — screening is. Adults 45+ should talk to their doctor about colorectal cancer screening. If you have Lynch syndrome in your family, you may need to start much earlier. #ColonCancerAwareness",
    "'Hope' is the noun here; Lynch syndrome is an eponym; population age",
)
p(
    "es",
    "patient_story",
    "¡Hoy celebramos a don Ernesto! 🎉🔔\n\nDespués de 30 sesiones de radioterapia, don Ernesto Villalobos tocó la campana rodeado de sus nietos. Nos contó que lo primero que hará es volver a pescar con su hijo Tomás.\n\nGracias por su fuerza y por sus chistes, don Ernesto. ¡Lo vamos a extrañar (pero no demasiado)! 💪\n\n#SobrevivientesKRCC",
    [("NAME", "Ernesto Villalobos"), ("NAME", "Ernesto", "*"), ("NAME", "Tomás")],
    note="'don' stays outside the span; son named",
)
n(
    "es",
    "research",
    "La Dra. Lucía Marañón y su equipo publicaron hoy resultados de un estudio sobre el síndrome de Lynch en familias latinas del noroeste. Más información: kestrelridgecancer.org/investigacion",
    "named researcher and eponymous syndrome; hospital URL",
)
p(
    "en",
    "memorial",
    "Two years ago today we lost our sunshine. The #SunnysLegacy toy drive is back — drop new toys at the Peds Onc desk through Dec 20. 💛",
    [("NAME", "#SunnysLegacy")],
    note="the patient's name appears only inside a legacy hashtag; the drop-off deadline is an event date",
)
n(
    "en",
    "campaign_hashtag",
    "Every #KestrelStrong story starts with one appointment. Share yours in the comments and tag #RingTheBell — we read every one. 🔔",
    "campaign hashtags only",
)
p(
    "en",
    "thank_you",
    "A note we received this week from the husband of one of our patients, shared with his permission:\n\n\"To the night nurses on 5 East — you held my wife's hand when I couldn't be there. You called me at 2 a.m. so I could hear her voice. I will never forget it. — Gary Okonkwo\"\n\nThank you, Gary. We are holding your family in our hearts. 💙",
    [("NAME", "Gary Okonkwo"), ("NAME", "Gary", "*")],
    note="the patient is unnamed; only her husband is named, and a relative's name is PHI; the unit is not",
)
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Samuel Greer, named the Harriet & Lyle Benson Endowed Chair in Pediatric Oncology! 🎉 Dr. Greer's work on Wilms tumor has changed how kids everywhere are treated.",
    "doctor, donors who name an endowed chair, eponymous tumor",
)
p(
    "en",
    "patient_story",
    "jaxon is 5 and has beaten burkitt lymphoma. that's the tweet. 🔔💥",
    [("NAME", "jaxon")],
    note="all lower case name; lower-case eponym is not a name",
)
n(
    "en",
    "statistic",
    "In 2024 our survivorship clinic saw 3,412 patients, and 418 people rang the bell at Kestrel Ridge. 418 bells. 418 families. 🔔\n\nBehind every one of those numbers is a team: nurses who cheered, schedulers who squeezed in one more appointment, pharmacists who mixed every dose, and families who drove the long miles.\n\nHere's to everyone who rang — and to everyone who's still on the way. #RingTheBell",
    "aggregate numbers only",
)
p(
    "en",
    "patient_story",
    "Officer Daniels is back on patrol! 🚓💙\n\nLast spring, Officer Keith Daniels was diagnosed with testicular cancer after a routine physical. He did four rounds of chemo with us — and, his nurses report, never once stopped asking how THEY were doing.\n\nThis week he returned to full duty. His partner Renee and their kids surprised him at roll call.\n\nWelcome back, Officer Daniels. #KestrelStrong #BackOnTheBeat",
    [("NAME", "Keith Daniels"), ("NAME", "Daniels", "*"), ("NAME", "Renee")],
    note="patient introduced by his job title (title outside the span); 'last spring' is not a date element",
)
n(
    "en",
    "public_figure",
    "Did you know? Kylie Minogue, Ben Stiller and Hoda Kotb have all spoken publicly about their cancer diagnoses. Whoever you are, early detection matters. #CancerAwareness",
    "public figures are never labelled",
)
p(
    "en",
    "discharge",
    "after 41 days on 7 North, River went HOME today 🏡 stem cell transplant day +41 and she walked out on her own two feet. #BMTstrong",
    [("NAME", "River")],
    note="name that is an ordinary word; the unit '7 North' and day counts are not identifiers",
)
n(
    "en",
    "eponymous_condition",
    "🧬 March 22 is Lynch Syndrome Awareness Day.\n\nLynch syndrome is an inherited condition that raises the risk of colorectal, endometrial and several other cancers. It is named after Dr. Henry Lynch, who described it in the 1960s. As many as 1 in 280 people carry it — and most don't know.\n\nOur Hereditary Cancer Clinic offers genetic counseling and testing. Call 360-555-0125 or visit kestrelridgecancer.org/genetics.\n\n#LynchSyndrome #KnowYourFamilyHistory",
    "awareness day, historical physician, eponym and hospital contacts",
)
p(
    "es",
    "thank_you",
    "Gracias infinitas al equipo de oncología pediátrica por cuidar a mi Valentina durante 2 años. Hoy tocó la campana 🔔😭 #FuerzaVale",
    [("NAME", "Valentina"), ("NAME", "#FuerzaVale")],
)
n(
    "es",
    "health_tip",
    "¿Sabía que el linfoma de Hodgkin es uno de los cánceres más curables? Si nota un ganglio inflamado que no duele y no desaparece en 2 semanas, consulte a su médico. 📞 360-555-0142",
    "eponymous lymphoma, general advice and the hospital's line",
)
p(
    "en",
    "pasted_record",
    "can someone check w/ family before we post? Mrs. Abernathy in rm 614 wants to ring the bell tmrw at 10, daughter Joan is flying in from Boise. joan's email joan.abernathy77@gmail.com",
    [
        ("NAME", "Abernathy"),
        ("OTHER_ID", "rm 614"),
        ("NAME", "Joan"),
        ("NAME", "joan"),
        ("EMAIL", "joan.abernathy77@gmail.com"),
        ("GEO", "Boise"),
    ],
    note="internal draft: room number with keyword, daughter's city and email are a relative's identifiers",
)
n(
    "en",
    "recruitment",
    "We're hiring oncology nurses! Sign-on bonus up to $15K for RNs at our Alder Falls campus. Apply: cnwuhealth.org/careers #NurseJobs #PNWjobs\n\nWhat we offer:\n• 3x12 schedules with no mandatory overtime\n• tuition support for OCN certification\n• a unit culture where bell ringings are a team sport 🔔\n\nNew grads welcome — our oncology residency starts in February.",
    "recruitment; hospital campus and domain",
)
p(
    "en",
    "memorial",
    "When Marcus Tran was 16, he was treated here for osteosarcoma. He didn't make it to 17. 💔\n\nBut his parents, Linh and David Tran, decided his story wouldn't end there. Ten years later, the Marcus Tran Memorial Fund has paid for more than 2,000 gas cards and hotel nights for families traveling to Kestrel Ridge for their child's treatment.\n\nThis year's Marcus Miles walk raised $48,210. Thank you, Tran family. 💙 #MarcusMiles",
    [
        ("NAME", "David Tran"),
        ("NAME", "Linh"),
        ("NAME", "#MarcusMiles"),
        ("NAME", "Marcus Tran", "*"),
        ("NAME", "Tran", "*"),
        ("NAME", "Marcus", "*"),
    ],
    note="fund and walk named after a patient the post says was treated here; the parents are donors AND a patient's relatives",
)
n(
    "en",
    "sponsor",
    "💚 Thank you to Cascade Timber Credit Union and the Okada Family Foundation for their $250,000 gift to expand the Okada Survivorship Garden at our Tamarack Way wellness house!\n\nThe garden will add raised beds, a walking labyrinth and a quiet space for patients and families to rest between appointments.\n\nGroundbreaking is June 6 at 10 a.m. — all are welcome. 🌱",
    "donors and a garden named for a donor family; event date",
)
p(
    "en",
    "milestone_birthday",
    "Happy 94th birthday to Mr. Hollis Ward, our most senior patient in the infusion suite this week! He says the secret is black coffee and never retiring from arguing. 🎂",
    [("AGE", "94th"), ("NAME", "Hollis Ward")],
)
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Dot Lindqvist, who has volunteered at our front desk every Thursday since 1998! 🎂 Dot, you are the heart of the lobby.",
    "volunteer (not a patient): her name and her age over 89 are not labelled",
)
p(
    "en",
    "patient_story",
    "Follow along with @brave_little_bea as she finishes her last round of chemo with us this week 💛 #RingTheBell",
    [("OTHER_ID", "@brave_little_bea")],
    note="the patient appears only as her family's social handle (OTHER_ID)",
)
n(
    "en",
    "crisis_update",
    "UPDATE 2:15 PM: Power has been restored at the Kestrel Ridge Cancer Center. All afternoon infusion appointments will proceed as scheduled. Radiation patients: call 360-555-0150 to confirm your time.",
    "operational update with the hospital's number",
)
p(
    "en",
    "pasted_record",
    "For the CaringBridge tribute — pt name: Halvorsen, Ingrid; DOB 2/2/1961; dx Lynch syndrome-assoc colon ca 8/2021; passed 1/19. Son Erik set up caringbridge.org/visit/ingridhalvorsen - confirm w/ him (erik.halvorsen@outlook.com) before linking.",
    [
        ("NAME", "Halvorsen, Ingrid"),
        ("DATE", "2/2/1961"),
        ("DATE", "8/2021"),
        ("DATE", "1/19"),
        ("NAME", "Erik"),
        ("URL", "caringbridge.org/visit/ingridhalvorsen"),
        ("EMAIL", "erik.halvorsen@outlook.com"),
    ],
    note="month/year diagnosis date is a date element; Lynch stays unlabelled; son's CaringBridge URL and email",
)
n(
    "en",
    "eponymous_condition",
    "Wilms tumor is the most common kidney cancer in children, usually found before age 5. Signs: a swollen belly or a lump. Ask your pediatrician. #ChildhoodCancerAwareness\n\nMost children with Wilms tumor are cured — more than 90% of them. It is named after Max Wilms, a German surgeon who described it in 1899. Our pediatric oncology team treats children from across the Northwest; family services: 360-555-0170.",
    "eponymous tumor, population age",
)
p(
    "en",
    "patient_story",
    'Many of you know Tasha Greenleaf as the voice on the other end of our scheduling line. What you might not know: last fall, Tasha became one of our patients.\n\nAfter a diagnosis of Hodgkin lymphoma, she went through six months of treatment with the same teams she\'d been scheduling for a decade. "I finally understand why people cry when I give them their first appointment," she told us.\n\nTasha rang the bell on June 20 and is back at her desk this week. 🔔💙 Welcome back, Tasha!',
    [("NAME", "Tasha Greenleaf"), ("NAME", "Tasha", "*"), ("DATE", "June 20")],
    note="an employee who became a patient: her name and bell date are PHI",
)
n(
    "en",
    "staff_spotlight",
    'Meet Ana Sofía Ruiz, our new bilingual patient navigator! 🌟 Ana grew up in Wenatchee, the daughter of orchard workers, and studied public health at CNWU. She speaks English, Spanish and a little Mixteco.\n\n"My job is to make sure no one feels lost in the building," she says. Reach Ana and the navigation team at 360-555-0108. #MeetTheTeam',
    "staff member, her hometown and family are not PHI",
)
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a la Sra. Carmen Ibarra, paciente de nuestro centro durante ocho años y voluntaria de la sala de espera desde 2020.\n\nCarmen falleció el 3 de abril en su casa de Sunnyside, acompañada de su esposo Raúl y sus tres hijas. Quienes la conocieron recordarán su risa y los tamales que traía a las enfermeras. 🕊️\n\nDescanse en paz, Carmen.",
    [
        ("NAME", "Carmen Ibarra"),
        ("NAME", "Carmen", "*"),
        ("DATE", "3 de abril"),
        ("GEO", "Sunnyside"),
        ("NAME", "Raúl"),
    ],
    note="patient and volunteer; date of death without 'el'; town of residence",
)
n(
    "es",
    "event",
    "🎗️ ¡Acompáñenos a la Feria de Salud Latina el sábado 14 de septiembre, de 10 a 2, en el centro de bienestar (415 Tamarack Way)!\n\nHabrá pruebas gratuitas de presión, información sobre detección de cáncer de mama y colon, y charlas con nuestras navegadoras en español.\n\nInformes: 360-555-0108 💚",
    "hospital event date and the hospital's own address and number",
)
p(
    "en",
    "thank_you",
    "To J.R. in chair 12 who brought donuts for the entire infusion floor on his last day: you're the best. Enjoy retirement from chemo 🍩🔔",
    [("NAME", "J.R."), ("OTHER_ID", "chair 12")],
    note="initials only; an infusion chair number is treated like a bed number (keyword included)",
)
n(
    "en",
    "anonymous_story",
    'She was 34, had a 2-year-old at home, and had just been told she had stage III colon cancer. 💔\n\nToday — four years later — she is cancer-free, and she asked us to share her story without her name so that other young adults will listen to their bodies.\n\n"I thought I was too young. I waited eight months to see a doctor. Please don\'t wait."\n\nColorectal cancer is rising in people under 50. Talk to your provider about symptoms like rectal bleeding, changes in bowel habits or unexplained weight loss. #EarlyOnset #ColonCancerAwareness',
    "detailed but anonymous story; age under 90",
)
p(
    "en",
    "patient_story",
    "Shout out to Rocky and his crew for the 2nd annual Rocky Road 5K! 🍦🏃 Rocky finished treatment for Burkitt lymphoma here last year and is now raising money for other families. Donate: gofundme.com/f/rocky-road-5k-2025",
    [("NAME", "Rocky", "*"), ("URL", "gofundme.com/f/rocky-road-5k-2025")],
    note="patient-run 5K named after him; his GoFundMe URL is the family's URL",
)
n(
    "en",
    "research",
    "Congratulations to Dr. Min-jun Seo and Dr. Ellen Fairbanks on a $3.1M NCI grant to study late effects in childhood Hodgkin survivors! 🧪 #KRCCResearch\n\nThe five-year study will follow 800 adult survivors who were treated for Hodgkin lymphoma as children or teens, looking at heart, lung and thyroid health. Survivors interested in taking part can call our trials office at 360-555-0119.",
    "researchers and an eponymous lymphoma",
)
p(
    "en",
    "discharge",
    "DRAFT for Monday — pls review\n\nBig news from 8 West: after 62 days in the hospital, Faith Okerlund is going home! Faith, 19, was admitted on Halloween night with acute leukemia and spent her first weeks in the ICU.\n\nHer mom Deb wants to thank the community for the meals (contact for media: Deb Okerlund, 541-555-7720).\n\nphotos in shared drive /comms/faith",
    [
        ("NAME", "Faith Okerlund"),
        ("NAME", "Faith", "*"),
        ("DATE", "Halloween"),
        ("NAME", "Deb Okerlund"),
        ("NAME", "Deb", "*"),
        ("PHONE", "541-555-7720"),
        ("NAME", "faith"),
    ],
    note="admission on a named holiday; mother's phone; lower-case name in a folder path; age 19 not labelled",
)
n(
    "en",
    "hospital_contact",
    "Questions about your appointment? Our patient line is open 7 a.m.–7 p.m.: (360) 555-0142. After hours, call 360-555-0100 and ask for the oncologist on call. Email: help@kestrelridgecancer.org",
    "hospital phone numbers and email only",
)
p(
    "en",
    "patient_story",
    "He finished chemo with us in April. On Saturday his wife Marisol pushed his wheelchair the entire 5K. Not a dry eye at the finish line. 💚 #RidgeToRiver",
    [("DATE", "April"), ("NAME", "Marisol")],
    note="patient unnamed; his wife's name and the month of his last chemo are labelled; Saturday is not",
)
n(
    "en",
    "eponymous_condition",
    "Children with Down syndrome have a higher risk of certain leukemias — and they also tend to respond very well to treatment. 💛\n\nOur pediatric oncology team works with the Down Syndrome Clinic at CNWU to coordinate care from diagnosis through survivorship.\n\nLearn more at a free family night on October 8, 6–7:30 p.m., in the Benson Education Center. RSVP: 360-555-0170.",
    "eponymous condition, event date, donor-named building, hospital number",
)
p(
    "es",
    "pasted_record",
    "Borrador – NO publicar: paciente Guadalupe Reyes Mora, fecha de nac. 12/08/1979, expediente 00-558-314, habitación 512. Su hija Daniela (tel. 509 555 6613) quiere agradecer a las enfermeras del 5º piso.",
    [
        ("NAME", "Guadalupe Reyes Mora"),
        ("DATE", "12/08/1979"),
        ("MRN", "00-558-314"),
        ("OTHER_ID", "habitación 512"),
        ("NAME", "Daniela"),
        ("PHONE", "509 555 6613"),
    ],
)
n(
    "es",
    "statistic",
    "El 27% de nuestros pacientes en ensayos clínicos este año fueron hispanos, el doble que en 2019. 🧪 La investigación debe reflejar a nuestra comunidad. #InvestigaciónParaTodos",
    "aggregate statistic",
)

# ---------------------------------------------------------------- batch 2

p(
    "en",
    "patient_story",
    "Hunter's last scan: CLEAR. 🙌 Two years after his Ewing sarcoma diagnosis, our favorite 12-year-old goalie is officially in remission. Go get 'em, Hunter! ⚽ #KRCCKids",
    [("NAME", "Hunter", "*")],
    note="name that is an ordinary word, first in possessive form; Ewing is an eponym",
)
n(
    "en",
    "eponymous_condition",
    "Ewing sarcoma most often shows up as bone pain or swelling in teens and young adults — easy to mistake for a sports injury. Pain that wakes your child at night deserves a checkup. #SarcomaAwareness",
    "eponymous cancer, general advice",
)
p(
    "en",
    "memorial",
    "Journey loved purple, glitter and the vending-machine cheez-its on 6 South. 💜\n\nShe fought Burkitt lymphoma with more courage than most adults we know, and on the morning of December 2 she went to be with the angels, holding her mother's hand.\n\nHer family has set up a CaringBridge page where you can leave a memory for them: caringbridge.org/visit/journeyalvarez\n\nWe love you, Journey. 💜🕊️",
    [
        ("NAME", "Journey", "*"),
        ("DATE", "December 2"),
        ("URL", "caringbridge.org/visit/journeyalvarez"),
    ],
    note="word-name at the start; date of death; family's CaringBridge URL",
)
n(
    "en",
    "research",
    "🧪 Clinical trial now enrolling: the SURVIVE-AYA study, led by Dr. Rafael Quintero, is testing a 12-week exercise and nutrition program for adolescents and young adults who finished treatment for Hodgkin lymphoma, Ewing sarcoma or other cancers in the past five years.\n\nParticipants will get a free fitness tracker and monthly check-ins with our survivorship team at the Wellness House, 415 Tamarack Way.\n\nTo see if you qualify: 360-555-0119 or trials@kestrelridgecancer.org\n\n#ClinicalTrials #AYAcancer",
    "trial recruitment: named investigator, eponyms, hospital address, phone and email",
)
p(
    "en",
    "thank_you",
    "WE DID IT, GRANDPA LOU!!! 🔔🔔🔔 Thank you Kestrel Ridge radiation team for 6 weeks of 7am appts and the best playlist in the building. #RingTheBell",
    [("NAME", "LOU")],
    note="ALL-CAPS name after a kinship word that stays outside the span",
)
n(
    "en",
    "campaign_hashtag",
    "Today we ring for everyone still in the chair. 🔔 Share a photo of your bell moment with #RingTheBell and #KestrelStrong — we'll feature survivors all month (with permission!).",
    "campaign hashtags; an invitation to share photos is not a photo of a patient",
)
p(
    "en",
    "patient_story",
    'From patient to nurse. 💙\n\nAt 15, Kayla Brandt spent most of her sophomore year on our pediatric floor being treated for Hodgkin lymphoma. She says it was a nurse named Patty who made her want to do this for a living.\n\nThis month, Kayla joined the 6 South team as a new graduate RN — on the very same unit where she once rang the bell.\n\n"Now I get to be someone\'s Patty," Kayla says. Welcome home, Kayla! 🎓🔔\n\n#NurseLife #SurvivorStrong',
    [("NAME", "Kayla Brandt"), ("NAME", "Kayla", "*")],
    note="a former patient who is now staff is labelled; the nurse who inspired her (Patty) is staff and is not",
)
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Oluwaseun Adeyemi, our new director of radiation oncology! ☢️ Dr. Adeyemi trained at Johns Hopkins and spent eight years at a cancer center in Houston before moving to Alder Falls with his wife, Dr. Grace Adeyemi (a pediatrician at CNWU), and their two boys.\n\nOff the clock, he coaches U10 soccer and makes a mean jollof rice. Welcome to the Pacific Northwest! 🌲",
    "physician spotlight with his own family and past cities",
)
p(
    "es",
    "patient_story",
    "¡Sunny ya terminó su quimio! ☀️🔔 Gracias a todo el equipo del 6º piso por tanto cariño. #FuerzaSunny",
    [("NAME", "Sunny"), ("NAME", "#FuerzaSunny")],
    note="English word-name in a Spanish post, plus the name hashtag",
)
n(
    "es",
    "eponymous_condition",
    "El tumor de Wilms es el cáncer de riñón más común en niños pequeños. Si nota el abdomen hinchado o una masa, consulte a su pediatra. Línea de familias: 360-555-0170",
    "eponymous tumor and hospital line",
)
p(
    "en",
    "pasted_record",
    "Pls add to Friday's bell board: ZHANG, MEI-LIN  DOB 11/30/1972  MRN 00-881-247  rm 7112  last chemo 9/5. Husband Wei at +1 206 555 4193 wants a copy of the pic.",
    [
        ("NAME", "ZHANG, MEI-LIN"),
        ("DATE", "11/30/1972"),
        ("MRN", "00-881-247"),
        ("OTHER_ID", "rm 7112"),
        ("DATE", "9/5"),
        ("NAME", "Wei"),
        ("PHONE", "+1 206 555 4193"),
    ],
    note="pasted chart line in caps; the 'pic' is not attached so no PHOTO",
)
n(
    "en",
    "event",
    "Survivorship Day picnic 🧺 Sunday, June 1, 11–2 at the Wellness House lawn. Survivors, caregivers and families welcome. Free lunch + live music. RSVP 360-555-0177 #NationalCancerSurvivorsDay",
    "hospital event date and number",
)
p(
    "en",
    "patient_story",
    "The #TeamWillow crew showed up 40 strong to cheer at her last radiation today 🌳💚 Best. Fan club. Ever.",
    [("NAME", "#TeamWillow")],
    note="the patient's name occurs only in a team hashtag",
)
n(
    "en",
    "public_figure",
    "On this day in 1832, Thomas Hodgkin published the paper describing the lymphoma that now bears his name. 📜\n\nNearly two centuries later, Hodgkin lymphoma is curable for about 9 in 10 patients — thanks to generations of researchers, nurses and the patients who joined clinical trials.\n\n#OnThisDay #MedicalHistory",
    "historical figure and eponym",
)
p(
    "en",
    "discharge",
    "Will is going home! 🏠\n\nAfter a bone marrow transplant and 5 long weeks on 7 North, Will Castellanos walked out the front doors this morning to a crowd of nurses, his sister Paloma and one very excited golden retriever named Biscuit.\n\nWill, we will miss your terrible puns. Don't come back (except for clinic)! 😄",
    [("NAME", "Will Castellanos"), ("NAME", "Will", "*"), ("NAME", "Paloma")],
    note="'Will' the name vs 'will' the verb (case differs); the dog's name is not labelled",
)
n(
    "en",
    "anonymous_story",
    "One of our Wilms tumor grads stopped by today to show off her new front teeth and a drawing of our bell. 🦷🔔 Made our whole week.",
    "anonymous former patient",
)
p(
    "en",
    "thank_you",
    "We received this card from the Nakamura family and it's now taped to the break room fridge:\n\n\"Thank you for giving Dad three more good summers. Thank you for letting us bring his dog to the window. Thank you for the night nurse who played Sinatra. We will run the Ridge to River every year in his honor. — Amy, Ken & Yoshi\"\n\n💙 We'll see you at the start line.",
    [("NAME", "Nakamura"), ("NAME", "Amy"), ("NAME", "Ken"), ("NAME", "Yoshi")],
    note="patient unnamed ('Dad'); family surname and the children's signatures; Sinatra is a public figure",
)
n(
    "en",
    "sponsor",
    "Thank you @AlderFallsRotary for 200 handmade chemo port pillows! 🧵💚 Our infusion nurses will hand them out all month.",
    "a community club's handle; sponsor, not patient",
)
p(
    "es",
    "thank_you",
    'Mensaje de la familia Ochoa, compartido con su permiso:\n\n"Queremos dar las gracias a la Dra. Marañón y a las enfermeras del 5º piso por cuidar a nuestro papá, Arturo, durante su tratamiento. Él siempre decía que aquí lo trataban como rey. Hoy tocó la campana y lloramos todos." 🔔❤️\n\n¡Felicidades, don Arturo!',
    [("NAME", "Ochoa"), ("NAME", "Arturo", "*")],
    note="family surname and the patient's first name; the doctor is not labelled",
)
n(
    "es",
    "recruitment",
    "¿Eres enfermera bilingüe? 🩺 Estamos contratando en oncología e infusión en Alder Falls y Port Linden. Solicita en cnwuhealth.org/careers #EmpleosDeSalud",
    "recruitment; hospital sites and domain",
)
p(
    "en",
    "patient_story",
    "shoutout to big mike in the infusion room who has been teachin every nurse on the floor how to play cribbage during his treatments lol. last round friday 🃏",
    [("NAME", "mike")],
    note="lower-case first name after a descriptive word; typos; weekday not labelled",
)
n(
    "en",
    "health_tip",
    "☀️ Survivorship tip: late effects are real.\n\nIf you were treated for Hodgkin lymphoma, Wilms tumor or another childhood cancer — even decades ago — some treatments can affect your heart, lungs, thyroid or fertility later in life.\n\nOur Survivorship Clinic builds a personal care plan for adult survivors of childhood cancer. You don't need a referral. Call 360-555-0177 to schedule. 💚",
    "general survivorship advice with eponyms and hospital line",
)
p(
    "en",
    "pasted_record",
    'From: comms intern\nRe: 5K team page\n\nFamily wants the team page to say "Team Grandma Pearl." Pearl Jorgensen (pt here since 2018, DOB 6/14) — note she turns 92 on race day!! Granddaughter\'s contact: pearljorgensen.fan@yahoo.com / 425.555.3380',
    [
        ("NAME", "Pearl Jorgensen"),
        ("NAME", "Pearl", "*"),
        ("DATE", "6/14"),
        ("AGE", "92"),
        ("EMAIL", "pearljorgensen.fan@yahoo.com"),
        ("PHONE", "425.555.3380"),
    ],
    note="patient name in a team name; age over 89; granddaughter's contacts; bare year not labelled",
)
n(
    "en",
    "statistic",
    "📊 By the numbers: our Patient Assistance Fund in 2024\n\n• 1,106 gas cards\n• 389 nights of lodging\n• 74 families helped with rent or utilities during treatment\n• $0 cost to patients\n\nEvery dollar comes from donors like you — and from the survivors and families who run, bake and knit for it. Give at kestrelridgecancer.org/give 💚",
    "aggregate numbers",
)
p(
    "en",
    "milestone_birthday",
    '🎂 100 candles! 🎂\n\nOur patient Florence "Flo" Whitaker celebrated her 100th birthday in the radiation waiting room this morning — between treatments, naturally.\n\nFlo was born in Aberdeen and still lives on her own in Hoquiam. Her nephew Dale brought a cake big enough for the entire department. When we asked her secret, she said: "Never let anyone tell you you\'re too old for anything."\n\nHappy birthday, Flo! 💐',
    [
        ("AGE", "100"),
        ("NAME", 'Florence "Flo" Whitaker'),
        ("NAME", "Flo", "*"),
        ("AGE", "100th"),
        ("GEO", "Aberdeen"),
        ("GEO", "Hoquiam"),
        ("NAME", "Dale"),
    ],
    note="'100 candles' states her age, so it is AGE like '100th'; birthplace and town are GEO",
)
n(
    "en",
    "milestone_birthday",
    "Kestrel Ridge turns 40 this year! 🎉 Since 1985 our doors at 2200 Cedar Crest Boulevard have welcomed more than 180,000 patients. Here's to the next 40. #KRCC40",
    "the hospital's anniversary and own address",
)
p(
    "es",
    "patient_story",
    'Conozcan a Rosa María Téllez, voluntaria de los jueves en nuestra sala de infusión. 💜\n\nRosa María recibió tratamiento aquí contra el linfoma de Hodgkin hace cinco años. Hoy vuelve cada semana para acompañar a otras pacientes hispanas, traducir cuando hace falta y, sobre todo, escuchar.\n\n"Yo sé lo que es tener miedo y no entender lo que dice el doctor", nos dice. ¡Gracias, Rosa María! #VoluntariosKRCC',
    [("NAME", "Rosa María Téllez"), ("NAME", "Rosa María", "*")],
    note="introduced as a volunteer, but she was treated here, so she is a patient",
)
n(
    "es",
    "staff_spotlight",
    "Felicidades a nuestra navegadora Ana Sofía Ruiz por recibir el premio estatal de Salud Comunitaria 2025. 🏆 ¡Gracias por tu trabajo con las familias latinas!",
    "staff award",
)
p(
    "en",
    "thank_you",
    "replying to @KestrelRidgeCC: that's my dad in the green hat!! ring it loud dad 🔔💚 so proud of you Gerald",
    [("NAME", "Gerald")],
    note="comment-style reply; name only at the very end",
)
n(
    "en",
    "hospital_contact",
    "📍 Finding us is easier now!\n\nOur main cancer center is at 2200 Cedar Crest Boulevard, Alder Falls. Infusion patients on the coast can now be seen at our Port Linden clinic, 88 Harbor Street.\n\nFree parking for patients is in Garage B, off Tamarack Way. Valet opens at 6:30 a.m.\n\nQuestions: 360-555-0142 | @KestrelRidgeCC",
    "the hospital's own addresses, phone and handle",
)
p(
    "en",
    "pasted_record",
    'billing asked us to pull this from the thank-you post before it goes up: "...special thanks for waiving the copay on acct# 7734-22, Premera member ID PRX448810227..." — from Lorraine Fisk\'s card. Rest of the card is fine to share.',
    [("ACCOUNT", "7734-22"), ("HEALTH_PLAN", "PRX448810227"), ("NAME", "Lorraine Fisk")],
    note="account and health-plan numbers quoted from a patient's card",
)
n(
    "en",
    "research",
    "Published today in JCO: Dr. Priya Raman's team found that a simple blood test caught recurrence of colon cancer 5 months earlier on average in people with Lynch syndrome. 🧬 #KRCCResearch",
    "researcher and eponym",
)
p(
    "en",
    "memorial",
    "Forever 17. 💛 Today would have been Tyler's birthday. His mom, who spent two years beside him on 6 South, asked us to light the lobby gold tonight — and we did. #TylersTeam",
    [("NAME", "Tyler"), ("NAME", "#TylersTeam")],
    note="birthday expressed only as 'today' (relative, not labelled); name and name hashtag",
)
n(
    "en",
    "eponymous_condition",
    "What is Burkitt lymphoma? 🔬\n\nNamed after Denis Burkitt, the Irish surgeon who described it in children in Uganda in 1958, Burkitt lymphoma is one of the fastest-growing human cancers. It is also highly curable with intensive chemotherapy.\n\nSigns can include a quickly growing lump in the belly, neck or jaw. If you are worried about a lump that is growing fast, see a doctor right away.\n\n#LymphomaAwareness",
    "eponym and historical surgeon",
)
p(
    "en",
    "birth_announcement",
    'Welcome to the world, Nora June! 👶💕\n\nSix years ago, before starting chemo for Hodgkin lymphoma, Brianna Colfax froze her eggs with our oncofertility program. On May 9 at 4:12 a.m., she and her husband Luis welcomed their daughter — 7 lbs 3 oz of pure hope.\n\n"When I was diagnosed, I didn\'t let myself picture this day," Brianna told us. Congratulations to the whole family! 🍼',
    [
        ("NAME", "Nora June"),
        ("NAME", "Brianna Colfax"),
        ("NAME", "Brianna", "*"),
        ("DATE", "May 9"),
        ("NAME", "Luis"),
    ],
    note="a survivor's baby: the baby and husband are a patient's relatives; birth date labelled, time of day not",
)
n(
    "en",
    "event",
    "🕯️ Luminaria Night of Remembrance\n\nJoin us Thursday, November 6 at 6 p.m. on the Wellness House lawn as we light 1,000 luminarias for loved ones lost to cancer and for those still fighting.\n\nLuminaria bags can be dedicated at kestrelridgecancer.org/luminaria ($10 each). Hot cider and cocoa provided by the Alder Falls Lions Club.\n\nAll are welcome. 💛",
    "hospital event and sponsor",
)
p(
    "es",
    "pasted_record",
    'Mensaje de la familia para el post del viernes: "Mi mamá, Josefina Carrillo, terminó la quimio el 2 de mayo y quiere darle las gracias a todos." Contacto: Lupita Carrillo, lupitacarrillo88@hotmail.com, 509-555-7102. Viven en Toppenish.',
    [
        ("NAME", "Josefina Carrillo"),
        ("DATE", "2 de mayo"),
        ("NAME", "Lupita Carrillo"),
        ("EMAIL", "lupitacarrillo88@hotmail.com"),
        ("PHONE", "509-555-7102"),
        ("GEO", "Toppenish"),
    ],
)
n(
    "es",
    "anonymous_story",
    '"Cuando me dijeron que tenía cáncer, lo primero que pensé fue en mis hijos." 💜\n\nUna paciente nos compartió estas palabras en el grupo de apoyo en español que se reúne cada martes en la Casa de Bienestar. Hoy, después de terminar su tratamiento, ella acompaña a otras mujeres que acaban de recibir el diagnóstico.\n\nSi usted o alguien de su familia quiere unirse al grupo, llame al 360-555-0108. No está sola.',
    "anonymous patient quote; support group and hospital line",
)
p(
    "en",
    "patient_story",
    "Huge congrats to Coach Ramirez, who rang the bell this morning after beating colon cancer at 44 🔔🏈 His players made a tribute page: @CoachRStrong",
    [("NAME", "Ramirez"), ("OTHER_ID", "@CoachRStrong")],
    note="patient introduced by his job ('Coach' outside the span); tribute handle; age 44 not labelled",
)
n(
    "en",
    "public_figure",
    "State Sen. Marjorie Voss toured our new proton therapy center today and met with our research team. 🏛️ Thank you for championing cancer research funding in Olympia! #WAleg\n\nSen. Voss, who chairs the Senate Health Committee, spent an hour with our pediatric oncology team and asked plenty of hard questions about access to clinical trials for rural families.\n\nThank you for listening, Senator.",
    "public official visit",
)
p(
    "en",
    "patient_story",
    "Summer is officially DONE with treatment!! ☀️🔔\n\nTwo and a half years ago, at age 4, Summer Lindgren was diagnosed with acute lymphoblastic leukemia. Last Thursday she rang our bell so hard the clapper nearly came off.\n\nHer dad Pete tells us she's already planning a lemonade stand to raise money for the other kids on 6 South. Consider us your first customers, Summer! 🍋\n\n#KRCCKids #ChildhoodCancerAwareness",
    [("NAME", "Summer Lindgren"), ("NAME", "Summer", "*"), ("NAME", "Pete")],
    note="season-word name at the start; relative dates and weekday not labelled",
)
n(
    "en",
    "crisis_update",
    "⚠️ Snow update, Tuesday 6 a.m.\n\nThe Kestrel Ridge Cancer Center is OPEN. Our Port Linden infusion clinic is closed today because of road conditions on Highway 12.\n\n• Port Linden patients: a nurse will call you to reschedule.\n• Radiation appointments in Alder Falls are running on time.\n• If you can't travel safely, please call 360-555-0142 — do not risk the roads.\n\nStay warm and stay safe. ❄️",
    "operational closure notice",
)
p(
    "en",
    "thank_you",
    "To the family in room 703 who left the lasagna and the note for night shift: we ate every bite. Mr. K, keep fighting 💪",
    [("OTHER_ID", "room 703"), ("NAME", "K")],
    note="single-letter initial after an honorific; room number with keyword",
)
n(
    "en",
    "health_tip",
    "Finished treatment? 🎉 Ask your oncology team for a survivorship care plan: what you had, what to watch for, and who to call. Our Survivorship Clinic can help: 360-555-0177",
    "general tip and hospital line",
)
p(
    "es",
    "memorial",
    "Hoy encendemos una vela por Chuy, que nos enseñó a bailar en la sala de infusión durante sus dos años de tratamiento. Gracias por tanto, campeón. 🕯️ #ChuyPorSiempre",
    [("NAME", "Chuy"), ("NAME", "#ChuyPorSiempre")],
    note="nickname and memorial hashtag",
)
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana, comparte tu historia con #FuerzaKRCC y #SobrevivientesKRCC. 💚 ¡Queremos escucharte!",
    "campaign hashtags only",
)
p(
    "en",
    "patient_story",
    "Meet the Lynches — no, not that Lynch. 😄\n\nSiblings Carol, Dennis and Marie Lynch all tested positive for Lynch syndrome at our Hereditary Cancer Clinic last year, after their mother's colon cancer diagnosis. Thanks to early colonoscopies, Dennis had a precancerous polyp removed before it could turn into anything more.\n\nYes, they've heard every joke. \"We're Lynch people with Lynch syndrome,\" Carol laughs. \"At least it's easy to spell on the forms.\"\n\nTalk to us about your family history: 360-555-0125. #LynchSyndrome",
    [
        ("NAME", "Lynches"),
        ("NAME", "Carol", "*"),
        ("NAME", "Dennis", "*"),
        ("NAME", "Marie Lynch"),
        ("NAME", "Lynch", 4),
    ],
    note="patients whose surname is also the eponym: the family name is labelled, 'that Lynch' (Dr. Henry Lynch) and 'Lynch syndrome' are not",
    ok=("Lynch",),
)
n(
    "en",
    "eponymous_condition",
    "Lynch syndrome ≠ a diagnosis of cancer. It means higher risk — and a plan. Colonoscopy every 1–2 years starting at 20–25 can prevent most Lynch-related colon cancers. #KnowYourFamilyHistory",
    "eponym only",
)
p(
    "en",
    "pasted_record",
    "FYI for the survivor video: Darnell Hughes (MRN 30044871) asked that we NOT show his face or his address (1420 Alder St, Apt 3B, Chehalis). His wife Kendra will be on camera instead. Her cell: (360) 555-6621.",
    [
        ("NAME", "Darnell Hughes"),
        ("MRN", "30044871"),
        ("GEO", "1420 Alder St, Apt 3B"),
        ("GEO", "Chehalis"),
        ("NAME", "Kendra"),
        ("PHONE", "(360) 555-6621"),
    ],
    note="same area code as the hospital but a family cell; street with apt and city",
)
n(
    "en",
    "staff_spotlight",
    "Happy retirement to our chaplain, Rev. Naomi Sutter! 🙏 In 22 years at Kestrel Ridge she sat with thousands of patients and families. We will miss you, Naomi.",
    "staff member",
)

# ---------------------------------------------------------------- batch 3

p(
    "en",
    "patient_story",
    'A very special bell ringing! 🔔\n\nMargaret "Peg" Sorensen, 91, finished radiation with us last week but was too worn out to ring our bell on her final day. So our team brought a bell to her — a brass one borrowed from the dining room at Evergreen Terrace, where she lives.\n\nPeg is a retired schoolteacher who taught third grade in Centralia for 35 years. Several former students, now grandparents themselves, came to cheer.\n\n"I\'ve rung a lot of bells for recess," she said. "This is the best one."\n\nCongratulations, Peg! 💐',
    [
        ("NAME", 'Margaret "Peg" Sorensen'),
        ("NAME", "Peg", "*"),
        ("AGE", "91"),
        ("GEO", "Evergreen Terrace"),
        ("GEO", "Centralia"),
    ],
    note="care-home resident: the named residence is treated as GEO, as is the town where she worked",
)
n(
    "en",
    "staff_spotlight",
    "🌟 Employee of the Quarter: Luis Ortega, environmental services!\n\nIf you've walked our halls at 5 a.m., you've seen Luis — mopping, restocking, and somehow remembering the name of every patient's grandkid. Nurses nominated him 14 times this quarter.\n\nLuis has worked at Kestrel Ridge for 17 years. He and his wife Elena live in Alder Falls with their three daughters, and he spends his weekends coaching his youngest's softball team.\n\nCongratulations, Luis! 🏆 #KRCCProud",
    "employee spotlight; his wife, daughters and town are a staff member's family, not PHI",
)
p(
    "en",
    "thank_you",
    "Special delivery for Room 508 🎈 Happy last-day-of-chemo, Marguerite! Your grandkids drew us a map to your house so we'd 'know where to send the cookies' 😂",
    [("OTHER_ID", "Room 508"), ("NAME", "Marguerite")],
)
n(
    "en",
    "event",
    "🎗️ Save the date: Survivorship Symposium 2025\n\nSaturday, October 18, 8:30 a.m.–3 p.m.\nBenson Education Center, 2200 Cedar Crest Boulevard\n\nFree for survivors and caregivers. Sessions include:\n• Fear of recurrence — Dr. Harriet Yu, psycho-oncology\n• Eating well after treatment — Jenna Price, RD\n• Fertility after cancer — Dr. Samuel Greer\n• Financial health — our financial navigators\n\nBreakfast and lunch included. Childcare available on request.\n\nRegister at kestrelridgecancer.org/symposium or call 360-555-0177.",
    "event with staff speakers, the hospital's address, URL and phone",
)
p(
    "en",
    "memorial",
    "The Jamie Fontaine Kindness Cart turns 5 this week. 🛒💛\n\nJamie was 23 when she was treated here for Ewing sarcoma. During eleven months of chemo she noticed that the families in the waiting room often went hours without a snack or a phone charger. So she and her mom, Colette, started bringing a cart around — granola bars, chargers, crossword books, fuzzy socks.\n\nJamie died on September 14, 2020. Colette never stopped pushing the cart. Today the Jamie Fontaine Kindness Cart visits every floor, three days a week, and is stocked entirely by donations.\n\nIf you want to help, drop items at the Foundation office or give at kestrelridgecancer.org/jamiescart. 💛",
    [
        ("NAME", "Jamie Fontaine", "*"),
        ("NAME", "Jamie", "*"),
        ("NAME", "Colette", "*"),
        ("DATE", "September 14, 2020"),
    ],
    note="program named after a patient treated here; date of death with year; the giving URL is the hospital's domain and is not labelled",
)
n(
    "en",
    "anonymous_story",
    'A 9-year-old on 6 South asked today if the bell would still work if she rang it "extra hard, just to make sure the cancer hears." We said yes. 🔔',
    "anonymous child; age under 90 and a unit are not identifiers",
)
p(
    "en",
    "patient_story",
    "big day for our buddy Peanut 🥜 — last spinal tap EVER. the whole procedure team wore peanut hats. #PeanutPower",
    [("NAME", "Peanut"), ("NAME", "#PeanutPower")],
    note="nickname used as the name; the lower-case food word is not the name",
)
n(
    "en",
    "eponymous_condition",
    "🧬 Beyond Lynch: other inherited cancer syndromes\n\nMost people have heard of BRCA. Fewer know about Li-Fraumeni syndrome, Cowden syndrome or Peutz-Jeghers syndrome — rare inherited conditions named after the doctors who first described them.\n\nClues that cancer may run in your family:\n• cancer diagnosed before age 50\n• the same cancer in several relatives\n• more than one cancer in the same person\n• rare cancers, like sarcoma or male breast cancer\n\nOur genetic counselors can help you sort it out. No referral needed: 360-555-0125.",
    "eponymous syndromes and a hospital line",
)
p(
    "es",
    "patient_story",
    "🔔 ¡Esperanza tocó la campana!\n\nA sus 11 años, Esperanza Quiroga terminó hoy su último ciclo de quimioterapia contra el linfoma de Burkitt. Llegó a Kestrel Ridge desde Wapato en una ambulancia hace ocho meses, y hoy salió caminando, con su vestido favorito y una corona de papel que le hicieron sus compañeras de la escuela.\n\nSus papás, Rigoberto y Maricela, no paraban de llorar. Nosotros tampoco. 😭💜\n\n¡Felicidades, Esperanza! Nuestro equipo de pediatría te va a extrañar. #FuerzaKRCC",
    [
        ("NAME", "Esperanza Quiroga"),
        ("NAME", "Esperanza", "*"),
        ("GEO", "Wapato"),
        ("NAME", "Rigoberto"),
        ("NAME", "Maricela"),
    ],
    note="'Esperanza' (hope) as a name at the start; hometown; Burkitt is an eponym",
)
n(
    "es",
    "health_tip",
    "🌿 Después del tratamiento: cuídese también por dentro\n\nMuchos sobrevivientes sienten cansancio, tristeza o miedo de que el cáncer regrese. Es normal, y hay ayuda.\n\nEn la Casa de Bienestar (415 Tamarack Way) ofrecemos:\n• grupo de apoyo en español, los martes a las 5 p.m.\n• clases de yoga suave\n• consultas con nutricionista\n\nTodo es gratuito. Llame a nuestras navegadoras al 360-555-0108.",
    "general advice with the hospital's own address and line",
)
p(
    "en",
    "pasted_record",
    "Before this goes on the blog, strip the header: \"Patient: O'Brien, Siobhan | DOB 01-22-1966 | Port serial BD-PX-5520931 | Referred by fax from Dr. Kemp's office, 509-555-4410 fax\". The quote from Siobhan about her port is fine to keep.",
    [
        ("NAME", "O'Brien, Siobhan"),
        ("NAME", "Siobhan", "*"),
        ("DATE", "01-22-1966"),
        ("DEVICE", "BD-PX-5520931"),
    ],
    note="device serial of her port; the referring doctor's office fax is a provider's number, not the patient's, so it is not labelled",
)
n(
    "en",
    "recruitment",
    "💼 Join our research team!\n\nThe Kestrel Ridge Clinical Trials Office is hiring two clinical research coordinators to support studies in lymphoma, sarcoma and cancer survivorship. Bilingual (English/Spanish) candidates are strongly encouraged to apply.\n\nWhat you'll do:\n• screen and enroll patients in clinical trials\n• coordinate study visits and data collection\n• work alongside investigators like Dr. Helena Okafor and Dr. Rafael Quintero\n\nApply at cnwuhealth.org/careers (job #R-20418). Questions: trials@kestrelridgecancer.org",
    "job posting; researchers and a job requisition number are not patient identifiers",
)
p(
    "en",
    "patient_story",
    "Registration is open for Brody's Blaze 5K, Sept 27! 🔥 Brody was treated here for Hodgkin at 16; now 21, he's raised $60K for teen cancer patients. Sign up: brodysblaze5k.com",
    [("NAME", "Brody", "*"), ("URL", "brodysblaze5k.com")],
    note="patient-run 5K named after him; its site is the patient's URL; the race date is an event date, not labelled",
)
n(
    "en",
    "research",
    "Our pediatric team is part of a new national Children's Oncology Group study for newly diagnosed Wilms tumor. Families can ask their oncologist whether their child is eligible. 🧸 #KRCCKids",
    "research news, eponym",
)
p(
    "en",
    "discharge",
    "HOME. 🏡💚\n\nThat's the only word Rafael Medina wanted on his poster today, and his nurses made sure it was in glitter.\n\nRafael, a long-haul trucker from Moses Lake, came to us in March after collapsing at a truck stop. He was diagnosed with Burkitt lymphoma the next day and spent 46 days with us through some very tough chemo.\n\nHis daughter Celeste has been posting updates for his trucker buddies at @RafasRoadHome — thank you all for the 200+ get-well messages! We read every one to him.\n\nDrive safe, Rafael. 🚛",
    [
        ("NAME", "Rafael Medina"),
        ("NAME", "Rafael", "*"),
        ("GEO", "Moses Lake"),
        ("DATE", "March"),
        ("NAME", "Celeste"),
        ("OTHER_ID", "@RafasRoadHome"),
    ],
    note="admission month alone; the daughter's update handle is OTHER_ID",
)
n(
    "en",
    "campaign_hashtag",
    "🔔 Why do we ring the bell?\n\nThe tradition started in 1996 at a cancer center in Texas, when a Navy rear admiral finishing radiation brought a brass bell and rang it on his last day — as sailors do when a job is done. Today there are bells in cancer centers around the world, including three at Kestrel Ridge.\n\nNot everyone rings, and that's okay. Some patients aren't finished. Some prefer quiet. Some ring for someone else.\n\nHowever you mark the day, we're with you. #RingTheBell #KestrelStrong",
    "history of the tradition; an unnamed historical figure; campaign hashtags",
)
p(
    "en",
    "thank_you",
    "Thank you to Dr. Okafor and team from all of us who loved Grandpa. Miss you every day. — the Whitcombs 💙 #WhitcombStrong",
    [("NAME", "Whitcombs"), ("NAME", "#WhitcombStrong")],
    note="comment-style: the patient is only 'Grandpa'; the family surname and its hashtag are labelled; the doctor is not",
)
n(
    "en",
    "sponsor",
    "Thank you Pacific Crest Brewing for donating $1 from every pint of Bell Ringer IPA sold in June! 🍺 $18,440 raised for our Patient Assistance Fund. Cheers! #KestrelStrong\n\nThe brewery's owners, Ty and Marla Jensen, say they'll bring back the Bell Ringer IPA every June. We'll drink to that (responsibly). 💚",
    "business sponsor",
)
p(
    "es",
    "pasted_record",
    'URGENTE antes de publicar la foto: quitar la pulsera del paciente (núm. de brazalete W-0093385) y el nombre en la pizarra: "Hab. 618 – Sr. Benítez, Aurelio". La familia (hijo Mateo, 253-555-9027) pidió que solo pongamos "don Aurelio".',
    [
        ("OTHER_ID", "W-0093385"),
        ("OTHER_ID", "Hab. 618"),
        ("NAME", "Benítez, Aurelio"),
        ("NAME", "Aurelio", "*"),
        ("NAME", "Mateo"),
        ("PHONE", "253-555-9027"),
    ],
    note="wristband number (value only) and room with keyword; the photo is not attached here, so no PHOTO",
)
n(
    "es",
    "event",
    "🏃 ¡La carrera Ridge to River 5K es el sábado 17 de mayo! Inscríbase en kestrelridgecancer.org/5k. Habrá vuelta especial para sobrevivientes. 💚",
    "hospital event date",
)
p(
    "en",
    "patient_story",
    'Today\'s #ResearchSpotlight has a twist. 🧪\n\nDr. Amara Whitfield joined our lab this fall as a postdoctoral researcher studying why some children with Wilms tumor relapse. What her colleagues didn\'t know until recently: Amara was one of those children.\n\nShe was diagnosed at age 3 and treated right here at Kestrel Ridge — her old chart is still in our archives, and her mom still has the hospital bracelet. "I don\'t remember being sick," Amara says. "I just remember the fish tank in the waiting room."\n\nWelcome back, Dr. Whitfield. 🐠',
    [("NAME", "Amara Whitfield"), ("NAME", "Amara", "*"), ("NAME", "Whitfield", "*")],
    note="a researcher (normally never labelled) who was treated here as a child, so she is a patient",
)
n(
    "en",
    "research",
    "📈 Big news from the Childhood Cancer Survivor Clinic: after following 1,240 adult survivors of childhood cancer for ten years, Dr. Min-jun Seo and Dr. Ellen Fairbanks found that a yearly heart ultrasound catches problems early enough to treat them in most people who got anthracycline chemo.\n\nThe study, published this week in the Journal of Clinical Oncology, included many survivors of Hodgkin lymphoma and Wilms tumor treated at Kestrel Ridge in the 1980s and '90s.\n\nThank you to every survivor who took part. 💚 #KRCCResearch",
    "researchers, aggregate study participants, eponyms",
)
p(
    "en",
    "memorial",
    "Rest in peace, Señor Bob. 🕊️ He rang our bell twice, taught half the infusion unit to swear in Spanish, and left us peacefully on Christmas Eve. Thank you for every laugh, Bob.",
    [("NAME", "Bob", "*"), ("DATE", "Christmas Eve")],
    note="date of death given as a named holiday; Spanish honorific outside the span",
)
n(
    "en",
    "public_figure",
    "More than 30 years after his Hodgkin diagnosis, Mario Lemieux's comeback still inspires our teen patients. Survivorship is a whole life. 🏒 #HodgkinAwareness",
    "public figure; eponym",
)
p(
    "en",
    "thank_you",
    "Posting for my mother-in-law who isn't on Facebook:\n\nDolores Petrakis wants to thank the 7th floor nurses — especially the night crew — for the care they gave her husband Gus during his last weeks. She says you made him laugh when nobody else could. He passed on the 14th, at 88, with her and all four kids by his side.\n\nShe'd love to send each of you a tray of baklava. If the unit manager can call her at 253.555.8140 she'll bring them by. 💙",
    [("NAME", "Dolores Petrakis"), ("NAME", "Gus"), ("DATE", "14th"), ("PHONE", "253.555.8140")],
    note="comment from a relative; day-of-month death date ('the' outside); age 88 is not over 89 so not labelled",
)
n(
    "en",
    "hospital_contact",
    "Have a question for a survivorship nurse? DM us @KestrelRidgeCC or email survivorship@kestrelridgecancer.org — please don't post health details in the comments. 💚",
    "hospital handle and email",
)
p(
    "es",
    "thank_you",
    "Gracias a las enfermeras de radioterapia por cuidar a mi esposo Nicolás. Hoy terminó sus 25 sesiones 🙏 — Marta, desde Pasco",
    [("NAME", "Nicolás"), ("NAME", "Marta"), ("GEO", "Pasco")],
    note="comment from the patient's wife, signed with her town",
)
n(
    "es",
    "research",
    "🔬 Nuevo estudio clínico para personas con síndrome de Lynch\n\nLa Dra. Lucía Marañón, genetista de Kestrel Ridge, dirige un estudio que busca saber si tomar aspirina en dosis bajas puede reducir el riesgo de cáncer de colon en personas con síndrome de Lynch.\n\nBuscamos participantes de 25 a 70 años con diagnóstico confirmado. El estudio dura tres años y las visitas pueden hacerse en español.\n\nMás información: 360-555-0119 o trials@kestrelridgecancer.org",
    "researcher, eponym, population ages, hospital contacts",
)
p(
    "en",
    "patient_story",
    "Congrats @mtnman_dave on ringing the bell today!!! 🔔⛰️ Can't wait to see the summit photos from Rainier this summer.",
    [("OTHER_ID", "@mtnman_dave")],
    note="the patient appears only as his own social handle",
)
n(
    "en",
    "statistic",
    "Survival for childhood Hodgkin lymphoma is now over 95% at 5 years. In 1970 it was closer to 50%. Research works. 📈 #ChildhoodCancerAwareness\n\nThose gains came from decades of clinical trials — and from the families who said yes to them. Today, our job is making sure those cured kids grow into healthy adults. Our survivorship clinic: 360-555-0177.",
    "population statistic",
)
p(
    "en",
    "pasted_record",
    '@comms-team heads up: the bell photo from 3 West has a whiteboard in the back that says "Bed 14 — Harold Beck — NPO after MN — wife Judy 360-555-7719". Can we crop before it goes on IG?',
    [("OTHER_ID", "Bed 14"), ("NAME", "Harold Beck"), ("NAME", "Judy"), ("PHONE", "360-555-7719")],
    note="whiteboard text transcribed in an internal note; the unit name is not labelled",
)
n(
    "en",
    "staff_spotlight",
    "Nurse Practitioner Lena Moberg just ran her 50th marathon — in a Kestrel Ridge tee! 🏃‍♀️ Congrats Lena, from the whole survivorship clinic.",
    "staff achievement",
)
p(
    "en",
    "patient_story",
    "PLEASE SHARE 🙏\n\nA family in our community needs help. Travis Okerson, a 32-year-old dad of two from Tenino, was diagnosed with Burkitt lymphoma in January and has been in treatment with us ever since. His wife Brittany had to leave her job to care for him and their kids.\n\nTravis's coworkers at the mill have set up a GoFundMe to help with rent and travel: gofundme.com/f/okerson-family-fight\n\nEvery share helps. #OkersonStrong",
    [
        ("NAME", "Travis Okerson"),
        ("NAME", "Travis", "*"),
        ("GEO", "Tenino"),
        ("DATE", "January"),
        ("NAME", "Brittany"),
        ("URL", "gofundme.com/f/okerson-family-fight"),
        ("NAME", "#OkersonStrong"),
    ],
)
n(
    "en",
    "anonymous_story",
    "\"I didn't ring the bell.\"\n\nA patient said that to us last week, and we've been thinking about it ever since. She finished treatment for metastatic breast cancer — but her treatment doesn't really end. She'll be on medication for the rest of her life, with scans every few months.\n\n\"I'm not done,\" she said. \"But I'm living.\"\n\nTo everyone living with cancer that doesn't have a finish line: we see you. Our metastatic support group meets the first Monday of every month at the Wellness House. 💜 Call 360-555-0177.",
    "anonymous patient quote",
)
p(
    "en",
    "milestone_birthday",
    "Nonagenarian and proud of it! 💪 Mr. Ambrose Leary finished his last round of immunotherapy today, three weeks before his big birthday. Save us a slice, Ambrose 🎂",
    [("AGE", "Nonagenarian"), ("NAME", "Ambrose Leary"), ("NAME", "Ambrose", "*")],
    note="age over 89 stated only by the word 'Nonagenarian'",
)
n(
    "en",
    "milestone_birthday",
    "🎉 Please help us wish a happy 92nd birthday to Vern Gustafson, our longest-serving volunteer!\n\nVern has greeted visitors at the main entrance of the cancer center every Wednesday morning since it opened. He knows every shortcut in the building and will happily walk you to your appointment.\n\nHappy birthday, Vern — and thank you! 🎂",
    "volunteer, not a patient: neither his name nor his age over 89 is labelled",
)
p(
    "es",
    "memorial",
    '🕊️ Hasta siempre, Lucecita.\n\nLuz Elena Parra, "Lucecita" para todos en el 6º piso, falleció el 28 de febrero a los 7 años, después de luchar contra un tumor de Wilms con una sonrisa que iluminaba los pasillos.\n\nSus papás, Óscar y Yesenia, nos pidieron compartir el enlace de la página que crearon en su memoria: caringbridge.org/visit/lucecitaparra\n\nTe recordaremos siempre, Lucecita. 💛',
    [
        ("NAME", "Lucecita", "*"),
        ("NAME", "Luz Elena Parra"),
        ("DATE", "28 de febrero"),
        ("NAME", "Óscar"),
        ("NAME", "Yesenia"),
        ("URL", "caringbridge.org/visit/lucecitaparra"),
    ],
    note="quoted nickname labelled without quotes; Wilms is an eponym",
)
n(
    "es",
    "staff_spotlight",
    '👩‍⚕️ Conozcan a la enfermera Brenda Alcántar, nueva coordinadora del programa de sobrevivientes hispanos.\n\nBrenda nació en Yakima, es hija de trabajadores del campo y lleva 12 años en enfermería oncológica. Su mamá, que vive en Michoacán, es su mayor fan.\n\n"Quiero que nuestras familias sepan que aquí pueden preguntar todo en su idioma", dice. ¡Bienvenida, Brenda!',
    "staff member with her own family and hometown",
)
p(
    "en",
    "pasted_record",
    'Do NOT post — patient sent this in the Messenger inbox by mistake: "hi this is Glenda Voight, my SSN is 539-41-8862 and DOB 7/7/64, can someone tell me if my scan results are in". Routing to patient relations and deleting from the inbox.',
    [("NAME", "Glenda Voight"), ("SSN", "539-41-8862"), ("DATE", "7/7/64")],
)
n(
    "en",
    "crisis_update",
    "Our phone lines are down this morning. If you need to reach us, call the hospital operator at 360-555-0100 or come to the front desk at 2200 Cedar Crest Boulevard. We're sorry for the trouble.",
    "outage notice with hospital number and address",
)
p(
    "en",
    "patient_story",
    "#MightyMaddox rang the bell at 10:04 this morning and then demanded pancakes. Both requests granted 🥞🔔",
    [("NAME", "#MightyMaddox")],
    note="name only in a hashtag at the very start; the time of day is not a date",
)
n(
    "en",
    "event",
    "Bell Ringer Bash 🔔 Friday, Sept 12, 5–8 p.m. at the Wellness House. Food trucks, music and a survivor walk at 6. Free. kestrelridgecancer.org/bash",
    "hospital event",
)
p(
    "en",
    "thank_you",
    '💚 Thank you, Harlan and Joyce Pettibone!\n\nWhen their grandson Eli finished treatment for Wilms tumor here in 2021, Harlan and Joyce wanted to do something for the next family in that waiting room. This week they gave $100,000 to create the Eli Pettibone Family Lounge on our pediatric floor — with a kitchenette, a washer and dryer, and a quiet room for parents.\n\n"The worst part was watching his mom and dad sleep in chairs," Joyce told us. "No parent should have to."\n\nThe lounge opens this spring. Thank you for turning your family\'s hardest year into comfort for others. 💚',
    [
        ("NAME", "Joyce Pettibone"),
        ("NAME", "Eli Pettibone"),
        ("NAME", "Harlan", "*"),
        ("NAME", "Joyce", "*"),
        ("NAME", "Eli", "*"),
    ],
    note="donors who are a patient's grandparents ARE labelled; the lounge is named after the patient",
)
n(
    "en",
    "sponsor",
    "🏛️ The Harriet & Lyle Benson Education Center turns 10!\n\nHarriet and Lyle Benson were Alder Falls orchard growers who believed every family facing cancer deserved good information. Their 2015 gift built the education center where thousands of patients, caregivers and nurses have learned, met and gathered since.\n\nJoin us for a small anniversary reception on March 4 at 4 p.m. in the Benson Center lobby. 💚",
    "donors who name a building, not introduced as patients or relatives; event date",
)
p(
    "es",
    "patient_story",
    "¡Feliz último día de radioterapia, doña Chela! 🎉 Nos vamos a extrañar sus gorditas de los viernes. 🔔 #SobrevivientesKRCC",
    [("NAME", "Chela")],
    note="nickname after 'doña'",
)
n(
    "es",
    "campaign_hashtag",
    "La esperanza también se contagia. 💚 Esta semana celebramos a todos los que terminaron su tratamiento. #FuerzaKRCC #Esperanza",
    "'#Esperanza' here is a campaign word (hope), not a person",
)
p(
    "en",
    "patient_story",
    "Biscuit the therapy dog visited Colton's room for his last chemo day and Colton says Biscuit is now 'officially a cancer-fighting dog' 🐶🔔",
    [("NAME", "Colton", "*")],
    note="the dog's name is not labelled; the patient's is; a room without number is not an identifier",
)
n(
    "en",
    "staff_spotlight",
    "Say hi to Maple, our newest therapy dog! 🐾 Maple and her handler, volunteer Jim Sato, will visit the infusion suites every Tuesday and Thursday.\n\nMaple is a 4-year-old golden doodle who has passed her therapy-dog certification with flying colors. Jim says her favorite things are belly rubs, ice chips and being told she's a good girl. (She is.)\n\nPlease ask before petting — some patients have allergies or low immunity. 🐶",
    "therapy dog and volunteer",
)
p(
    "en",
    "pasted_record",
    "From security for the bell-ringing parade: please let Mr. Fenwick's family park at the infusion entrance — silver Subaru, WA plate CFX4921. Daughter Rachel Fenwick is driving. Ask for Rachel at the desk.",
    [
        ("NAME", "Rachel Fenwick"),
        ("NAME", "Fenwick", "*"),
        ("NAME", "Rachel", "*"),
        ("VEHICLE", "CFX4921"),
    ],
    note="family's license plate (value only, state outside)",
)
n(
    "en",
    "eponymous_condition",
    "🧬 Why is it called Hodgkin? Dr. Thomas Hodgkin described it in 1832. Why Burkitt? Dr. Denis Burkitt, 1958. Why Wilms? Dr. Max Wilms, 1899. Why Ewing? Dr. James Ewing, 1921. Eponyms: a little history in every diagnosis. #MedicalHistory",
    "historical physicians behind eponyms",
)

# ---------------------------------------------------------------- batch 4

p(
    "en",
    "patient_story",
    "🍂 Autumn rang the bell in autumn. (She's been waiting a year to make that joke.)\n\nAutumn Pryce, 27, was diagnosed with Hodgkin lymphoma last October, a week after her wedding. She and her wife Jess postponed their honeymoon, cut their hair together, and turned our infusion suite into a very competitive Scrabble club.\n\nToday, twelve cycles later, Autumn is done. Jess says the honeymoon is booked. 🏝️\n\nCongratulations, you two! 💚 #RingTheBell",
    [("NAME", "Autumn Pryce"), ("NAME", "Autumn", "*"), ("DATE", "October"), ("NAME", "Jess", "*")],
    note="season-word name next to the lower-case season; month of diagnosis; spouse",
)
n(
    "en",
    "staff_spotlight",
    "👋 Meet Hope Adebayo, LICSW, the newest member of our oncology social work team!\n\nHope spent six years at a hospice in Tacoma before joining Kestrel Ridge. She helps patients and families with everything from insurance appeals to advance directives to finding a ride to radiation.\n\nFun fact: Hope is a competitive ballroom dancer and has the trophies to prove it. 💃\n\nNeed to talk to a social worker? Call 360-555-0108. #MeetTheTeam",
    "a staff member whose name is Hope; staff are never labelled",
)
p(
    "en",
    "pasted_record",
    "DRAFT — Survivor of the Month (Nov)\n\nName: Tobias \"Toby\" Wrenfield\nDOB: 03/30/1988\nMRN: KR-0047719\nDx: Ewing sarcoma, L femur, dx'd 5/2019\nHometown: Ilwaco, WA 98624\nContact: toby.wrenfield@protonmail.com\n\nStory: Toby was 31 and a commercial fisherman when a 'pulled muscle' turned out to be Ewing sarcoma. After limb-salvage surgery and 14 cycles of chemo, he's back on the boat. He now mentors young adult patients through our AYA program.\n\n[need photo release + remove DOB/MRN before posting]",
    [
        ("NAME", 'Tobias "Toby" Wrenfield'),
        ("NAME", "Toby", "*"),
        ("DATE", "03/30/1988"),
        ("MRN", "KR-0047719"),
        ("DATE", "5/2019"),
        ("GEO", "Ilwaco"),
        ("GEO", "98624"),
        ("EMAIL", "toby.wrenfield@protonmail.com"),
    ],
    note="template draft; the feature month '(Nov)' is the post's month, not a date of the patient; state not GEO",
)
n(
    "en",
    "event",
    "🚣 Paddle for a Cure is back!\n\nOn Saturday, August 9, dragon boat teams of breast cancer survivors from across the Northwest will race on Lake Alder to raise money for our survivorship programs. Our own Kestrel Ridge team, the Pink Talons, is coached by oncology nurse Becca Tran.\n\nSpectators welcome — bring a chair and your loudest cheer. Races start at 9 a.m. at Lakeside Park.\n\nDetails: kestrelridgecancer.org/paddle 🐉",
    "event date and venue; unnamed survivors; the coach is staff",
)
p(
    "en",
    "thank_you",
    "shoutout to Dawn's kids for the 40 tie-dye shirts they made for her last infusion. whole unit was glowing today 🌈 congrats Dawn!!",
    [("NAME", "Dawn", "*")],
    note="word-name (Dawn) in possessive form in a lower-case post",
)
n(
    "en",
    "anonymous_story",
    'Overheard in the infusion lounge: "I\'ve been coming here so long the vending machine knows my order." 😂 To all our regulars: we see you, we love you.',
    "anonymous quote",
)
p(
    "es",
    "patient_story",
    '💚 De paciente a intérprete.\n\nHace diez años, Fernando Zavala llegó a Kestrel Ridge con 19 años y un diagnóstico de linfoma de Hodgkin. Su mamá no hablaba inglés, y fue una intérprete del hospital la que los acompañó en cada cita.\n\nHoy Fernando es parte de nuestro equipo de intérpretes médicos. "Sé exactamente lo que siente una mamá en esa sala de espera", nos dice.\n\n¡Gracias por tu trabajo, Fernando! #SobrevivientesKRCC',
    [("NAME", "Fernando Zavala"), ("NAME", "Fernando", "*")],
    note="a staff interpreter who was treated here as a patient",
)
n(
    "es",
    "public_figure",
    "La actriz Sofía Vergara habló públicamente de su cáncer de tiroides para animar a otros a hacerse revisiones. 💜 Una revisión a tiempo salva vidas. #DetecciónTemprana",
    "public figure",
)
p(
    "en",
    "memorial",
    "💙 Our hearts are broken.\n\nNurse Annette Kowalczyk spent 31 years caring for patients on our oncology floors. Last year, she became a patient herself, treated by the colleagues she had trained. Annette died on Sunday, surrounded by her husband Ray, their son Matt, and more than a few of her fellow nurses.\n\nShe was the first to bring a birthday cake for any patient stuck with us on their birthday, and the last to leave when someone was dying alone.\n\nA celebration of Annette's life will be announced by her family, who ask that memorial gifts go to the Kestrel Ridge nursing scholarship. 🕊️",
    [("NAME", "Annette Kowalczyk"), ("NAME", "Annette", "*"), ("NAME", "Ray"), ("NAME", "Matt")],
    note="a nurse who became a patient: her name and her family's are labelled; the weekday of death is not",
)
n(
    "en",
    "staff_spotlight",
    "31 years ago, Nurse Donna Reyes started on nights in oncology. Today she retires as our CNO. Thank you, Donna, for three decades of care. 💙 #KRCCNursing",
    "staff retirement",
)
p(
    "en",
    "patient_story",
    "NO EVIDENCE OF DISEASE!!! 🎉 Congrats to GRACIE on her 5-year scan — officially a Wilms tumor SURVIVOR. We love you, kiddo. #KRCCKids",
    [("NAME", "GRACIE")],
    note="ALL-CAPS name among ALL-CAPS words",
)
n(
    "en",
    "eponymous_condition",
    "🦋 Thyroid lumps: cancer or not?\n\nMost thyroid nodules are not cancer. An overactive thyroid from Graves' disease, an underactive one from Hashimoto's, and simple benign nodules are all far more common than thyroid cancer.\n\nStill, a new lump in your neck deserves a look. Our endocrine oncology team can usually do an ultrasound and, if needed, a needle biopsy in a single visit.\n\nSchedule: 360-555-0142. #ThyroidAwareness",
    "eponymous conditions (Graves', Hashimoto's) and hospital line",
)
p(
    "en",
    "pasted_record",
    "pt Hwang, Daniel  acct 0098-4471-2  DOB 02.14.1979  cell (971) 555-3018 — he asked to be tagged in the bell video, use his IG @dhwang_lifts",
    [
        ("NAME", "Hwang, Daniel"),
        ("ACCOUNT", "0098-4471-2"),
        ("DATE", "02.14.1979"),
        ("PHONE", "(971) 555-3018"),
        ("OTHER_ID", "@dhwang_lifts"),
    ],
    note="dotted DOB, account number, patient's own handle; the video is not attached",
)
n(
    "en",
    "research",
    '🧪 Trial results: fewer side effects for kids with Hodgkin lymphoma\n\nChildren and teens with early-stage Hodgkin lymphoma who responded well to two cycles of chemotherapy could safely skip radiation, according to an international trial co-led at Kestrel Ridge by Dr. Samuel Greer.\n\nSkipping radiation may lower the risk of heart disease, breast cancer and thyroid problems decades later — the late effects our survivorship clinic sees every day.\n\n"We want these kids to be cured and to grow old," Dr. Greer said.\n\nRead more at kestrelridgecancer.org/news',
    "research news with a named investigator",
)
p(
    "en",
    "discharge",
    "ok we are not crying, YOU are crying 😭\n\nafter 3 transplants and more than 200 nights on 7 north, our girl marisela went home today. her nurses lined the hallway from her room to the elevator and her little brother diego held the door the whole time like a tiny doorman.\n\nmarisela, we'll see you at clinic. bring the tiktok dances. 💃💚",
    [("NAME", "marisela", "*"), ("NAME", "diego")],
    note="all lower-case post: lower-case names of the patient and her brother",
)
n(
    "en",
    "health_tip",
    "Sunscreen isn't just for summer. ☀️ Radiation can make skin extra sensitive for a year or more. Use SPF 30+, cover treated areas and ask your team about skin care. #SurvivorTips",
    "general tip; 'summer' is the season",
)
p(
    "es",
    "pasted_record",
    "Nota interna para el equipo de redes:\n\nLa familia de la paciente Rocío Bermúdez Salas (expediente 00-662-901, fecha de nacimiento 9 de octubre de 1957) quiere publicar su historia para el Día del Sobreviviente. Ella terminó su tratamiento el 15 de enero.\n\nContacto: su nuera, Karla Bermúdez — karla.bermudez@gmail.com — cel. +1 (509) 555-2786. Viven en la calle Maple 1124, Sunnyside.\n\nPendiente: autorización firmada.",
    [
        ("NAME", "Rocío Bermúdez Salas"),
        ("MRN", "00-662-901"),
        ("DATE", "9 de octubre de 1957"),
        ("DATE", "15 de enero"),
        ("NAME", "Karla Bermúdez"),
        ("EMAIL", "karla.bermudez@gmail.com"),
        ("PHONE", "+1 (509) 555-2786"),
        ("GEO", "calle Maple 1124"),
        ("GEO", "Sunnyside"),
    ],
    note="internal draft; the awareness day is not the patient's date",
)
n(
    "es",
    "event",
    "🕯️ Noche de Recuerdo: Luminarias\n\nEl jueves 6 de noviembre a las 6 p.m. encenderemos mil luminarias en el jardín de la Casa de Bienestar, en memoria de quienes perdimos por el cáncer y en honor de quienes siguen luchando.\n\nPuede dedicar una luminaria en kestrelridgecancer.org/luminaria. Habrá chocolate caliente y música.\n\nTodos son bienvenidos. 💛",
    "hospital event date",
)
p(
    "en",
    "patient_story",
    "Her husband has driven 140 miles round trip from Forks for every single one of her 33 radiation appointments. Today he brought the bell-ringing cake. Thank you, Mr. Ostrander 💙",
    [("GEO", "Forks"), ("NAME", "Ostrander")],
    note="patient unnamed; the husband's surname and the household's town identify her",
)
n(
    "en",
    "crisis_update",
    "📢 An update on the national chemotherapy drug shortage\n\nMany of you have seen news reports about shortages of carboplatin and cisplatin. We want you to know where things stand at Kestrel Ridge:\n\n• Right now, every patient scheduled for these drugs is receiving them.\n• Our pharmacy team is working with suppliers daily and has a plan if supplies get tighter.\n• If your treatment ever needs to change, your oncologist will talk with you first.\n\nQuestions? Call your care team or our main line at 360-555-0142. Please don't stop or delay treatment on your own. 💙",
    "crisis update",
)
p(
    "en",
    "thank_you",
    "🧁 Meet the youngest fundraiser in Kestrel Ridge history!\n\nWhen Lily-Mae Dorsett, 8, was treated for Wilms tumor last year, she noticed the playroom on 6 South was running out of art supplies. So this summer she and her best friend set up a cupcake stand outside her grandma's house in Rochester and sold 1,200 cupcakes.\n\nThis week Lily-Mae and her dad, Travis, delivered $3,418 and four boxes of markers to the playroom. 🖍️\n\nThank you, Lily-Mae! You are proof that kids can do anything. 💚",
    [
        ("NAME", "Lily-Mae Dorsett"),
        ("NAME", "Lily-Mae", "*"),
        ("GEO", "Rochester"),
        ("NAME", "Travis"),
    ],
    note="patient-run fundraiser; the grandmother's town is a relative's GEO",
)
n(
    "en",
    "sponsor",
    "THANK YOU to the Alder Falls High School Key Club for 312 care bags for our infusion patients! 💚 Each one had lip balm, mints, socks and a handwritten card.",
    "community sponsor",
)
p(
    "en",
    "memorial",
    "in loving memory of Coach Dale 'Skip' Harmon. You taught half this town to throw a curveball and the other half how to face cancer with grace. Thank you for choosing us for your care. ⚾🕊️",
    [("NAME", "Dale 'Skip' Harmon")],
    note="name with a nickname in single quotes after a title; 'grace' is the noun",
)
n(
    "en",
    "anonymous_story",
    "🔔 The bell nobody hears\n\nYesterday, a man in his 70s finished his last radiation treatment and asked us not to ring the bell. His wife had died of cancer two years ago, and ringing it, he said, felt wrong.\n\nSo his radiation therapists did something else. They wrote him a card, signed by everyone who had treated him, and walked him to his car.\n\nThere is no right way to finish treatment. Whatever you need, tell us. 💙",
    "anonymous patient and unnamed relative; age under 90",
)
p(
    "en",
    "patient_story",
    "This one is personal for us. 💚\n\nOur radiation therapist Dana Whitlock has helped hundreds of patients through treatment. This spring, her own 15-year-old son, Micah, was diagnosed with Hodgkin lymphoma — and was treated right here, by her colleagues.\n\nOn Friday Micah rang the bell, with Dana and the whole radiation department watching. Dana says she's spent 18 years telling families \"you're in good hands.\" Now she knows exactly what that means.\n\nCongratulations, Micah! 🔔",
    [("NAME", "Dana Whitlock"), ("NAME", "Dana", "*"), ("NAME", "Micah", "*")],
    note="a staff member who is also a patient's mother is labelled as a relative",
)
n(
    "en",
    "staff_spotlight",
    "🎓 Proud mom moment!\n\nOur radiation therapist Keisha Bright's son, Andre, just graduated from CNWU's nursing program — and his first job will be on our inpatient oncology floor!\n\nAndre grew up hearing stories about his mom's patients over dinner. \"I always knew I wanted to do what she does,\" he says.\n\nWelcome to the team, Andre, and congratulations, Keisha! 💙",
    "staff member and her own son (not a patient)",
)
p(
    "es",
    "thank_you",
    'Queremos compartir las palabras de Reyna, hija de una de nuestras pacientes:\n\n"Mi mamá, doña Cuca, terminó hoy sus quimios. Gracias a la navegadora Ana Sofía por ayudarnos con todos los papeles y por explicarnos todo en español. Nunca nos sentimos solas."\n\n¡Felicidades, doña Cuca! 🔔💐',
    [("NAME", "Reyna"), ("NAME", "Cuca", "*")],
    note="patient's daughter and the patient's nickname; the staff navigator is not labelled",
)
n(
    "es",
    "statistic",
    "📊 Cáncer en la comunidad latina del noroeste\n\n• El cáncer es la principal causa de muerte entre hispanos en Estados Unidos.\n• Las mujeres latinas tienen más probabilidad de ser diagnosticadas con cáncer de mama en etapas avanzadas.\n• Solo el 52% de los adultos latinos de 45 a 75 años está al día con la detección de cáncer de colon.\n\nPor eso ofrecemos navegación en español, sin costo. Llame al 360-555-0108. 💚",
    "population statistics",
)
p(
    "en",
    "patient_story",
    "Mrs. T.W. asked us not to use her name, but she gave us permission to say this: 94 and she BEAT IT. 🔔💪 #NeverTooOld",
    [("NAME", "T.W."), ("AGE", "94")],
    note="initials plus an age over 89 still identify her",
)
n(
    "en",
    "health_tip",
    "🥦 Eating well after cancer treatment\n\nOur oncology dietitian, Jenna Price, RD, answers your most common questions:\n\nQ: Should I go sugar-free? A: There's no evidence that sugar \"feeds\" cancer. Focus on overall balance.\nQ: Are supplements safe? A: Some interfere with treatment. Always ask your care team first.\nQ: What's the single best change? A: More plants — vegetables, fruit, beans and whole grains.\n\nFree nutrition classes every second Wednesday at the Wellness House. Sign up: 360-555-0177.",
    "staff dietitian, general advice",
)
p(
    "en",
    "pasted_record",
    "IT flagged this comment as spam but it's real — from Lorna Quist (IP 73.92.118.204), asking about her husband Felix's bloodwork from his 4/22 visit. please don't reply publicly, forward to the nurse line.",
    [("NAME", "Lorna Quist"), ("IP", "73.92.118.204"), ("NAME", "Felix"), ("DATE", "4/22")],
    note="commenter's IP address; the patient is her husband; visit date",
)
n(
    "en",
    "research",
    "Dr. Helena Okafor will present our lymphoma team's CAR-T results at ASH in San Diego on Dec 8. 🧬 Follow @KRCCResearch for live updates from the meeting.",
    "researcher, conference date and hospital handle",
)
p(
    "en",
    "memorial",
    "🎸 Rock for Ruthie is back!\n\nFive years ago, Ruthie Galloway was a 45-year-old music teacher fighting stage 4 colon cancer at Kestrel Ridge. Her students couldn't visit her in the hospital, so they recorded an album instead. Ruthie's cancer turned out to be caused by Lynch syndrome — and her diagnosis led her two sisters to get tested and catch their own cancers early.\n\nRuthie passed in 2021, but her students, now in college, still put on Rock for Ruthie every summer. This year's concert raised $22,000 for genetic testing for uninsured families.\n\nRock on, Ruthie. 🎶",
    [("NAME", "Ruthie Galloway"), ("NAME", "Ruthie", "*")],
    note="benefit concert named after a patient treated here; bare year of death not labelled; Lynch is an eponym",
)
n(
    "en",
    "campaign_hashtag",
    "It's #SarcomaAwarenessMonth 💛 Wear yellow on Friday and tag us @KestrelRidgeCC — we'll share your photos in our stories! #WearYellow",
    "awareness campaign hashtags and hospital handle",
)
p(
    "en",
    "milestone_birthday",
    "🎉 Happy birthday, Elsie!\n\nElsie Marchetti turned 101 on Saturday, and she spent part of her birthday week in our radiation department finishing treatment for skin cancer on her cheek.\n\nBorn in Lucca, Elsie came to Walla Walla as a war bride and ran a bakery there for fifty years. Her great-grandson Nico brought biscotti for the entire staff.\n\nBuon compleanno, Elsie! 🎂🇮🇹",
    [
        ("NAME", "Elsie Marchetti"),
        ("NAME", "Elsie", "*"),
        ("AGE", "101"),
        ("GEO", "Lucca"),
        ("GEO", "Walla Walla"),
        ("NAME", "Nico"),
    ],
    note="age over 89; foreign birth city and home town; weekday not labelled",
)
n(
    "en",
    "milestone_birthday",
    "Our Survivorship Clinic turns 20 today! 🎂 Two decades, more than 25,000 survivors, and one very overworked cake fridge. Thank you for trusting us.",
    "the clinic's anniversary",
)
p(
    "es",
    "discharge",
    "¡A casa! 🏠 Después de 38 días en el 7º piso, Maximiliano se va con su mamá y su hermanito Iker. Te vamos a extrañar, Maxi 💙",
    [("NAME", "Maximiliano"), ("NAME", "Iker"), ("NAME", "Maxi")],
    note="full first name and short form of it; brother",
)
n(
    "es",
    "hospital_contact",
    "¿Necesita ayuda en español? Nuestras navegadoras le atienden de lunes a viernes, 8 a 5: 📞 360-555-0108 · ✉️ navegacion@kestrelridgecancer.org",
    "hospital phone and email",
)
p(
    "en",
    "patient_story",
    '💜 Our Port Linden infusion nurses made a house call of sorts this week.\n\nThree residents of Seaview Manor — Irene Tolliver, Walter Nguyen and June Abernethy — have all been getting their treatments at our Port Linden clinic this year. When the last of them, June, finished her final infusion on Monday, the Seaview staff threw a party and invited the nurses.\n\nThere was a bell, a cake and, according to Walter, "the best afternoon nap I\'ve had in months."\n\nCongratulations to all three! 🎉',
    [
        ("GEO", "Seaview Manor"),
        ("GEO", "Seaview", 2),
        ("NAME", "Irene Tolliver"),
        ("NAME", "Walter Nguyen"),
        ("NAME", "Walter", "*"),
        ("NAME", "June Abernethy"),
        ("NAME", "June", "*"),
    ],
    note="care-home residents; 'June' is a name, not a month; the hospital's own Port Linden clinic is not GEO",
)
n(
    "en",
    "event",
    "🎶 Free music therapy drop-in for patients & caregivers, Wednesdays 1–3 p.m. in the infusion lounge, led by board-certified music therapist Caleb Ng. No experience needed!",
    "recurring program with a staff therapist",
)
p(
    "en",
    "thank_you",
    "Sterling, you were the bravest kid on 6 South and the worst at Uno. We'll miss you both ways. Happy last chemo, buddy! 🃏🔔",
    [("NAME", "Sterling")],
    note="name that is also an ordinary word, alone at the start",
)
n(
    "en",
    "recruitment",
    "Survivors: want to give back? 💚 Our volunteer program is recruiting for the infusion snack cart, the Wellness House garden and our peer mentor line. Apply: kestrelridgecancer.org/volunteer or 360-555-0194",
    "volunteer recruitment",
)
p(
    "en",
    "pasted_record",
    "For the financial assistance story: pt OK'd using her first name only ('Renata'). DO NOT include: Apple Health ID 108834721WA, DOB 10/03/1990, address 77 Birch Ln, Selah 98942.",
    [
        ("NAME", "Renata"),
        ("HEALTH_PLAN", "108834721WA"),
        ("DATE", "10/03/1990"),
        ("GEO", "77 Birch Ln"),
        ("GEO", "Selah"),
        ("GEO", "98942"),
    ],
    note="Medicaid (Apple Health) member ID is a health-plan number",
)
n(
    "en",
    "research",
    "🧬 Help us understand Lynch syndrome in the Northwest\n\nThe Kestrel Ridge Hereditary Cancer Registry, led by genetic counselor Marisol Vega, MS, CGC, is inviting people with Lynch syndrome and their relatives to join a long-term study of cancer screening and outcomes.\n\nJoining involves a short survey each year and permission to review your medical records. Your information is kept confidential.\n\nLearn more: kestrelridgecancer.org/lynch-registry or 360-555-0125.",
    "registry recruitment led by a staff genetic counselor",
)
p(
    "en",
    "patient_story",
    "everyone say congrats to will 🎉 5 yrs cancer free from burkitt lymphoma and just got into UW. we knew him when he was this tall 👇",
    [("NAME", "will")],
    note="lower-case name that is also a common verb",
)
n(
    "en",
    "public_figure",
    "📚 This week's survivorship book club pick: \"The Emperor of All Maladies\" by Siddhartha Mukherjee.\n\nJoin us Thursday evening at the Wellness House to talk about the history of cancer treatment — from Sidney Farber's first childhood leukemia trials to today's immunotherapies.\n\nCoffee and cookies provided. Books available to borrow at the front desk. 📖",
    "author and historical physician",
)
p(
    "es",
    "memorial",
    '🕊️ Con cariño recordamos a doña Rosario Villaseñor, "Mamá Chayo", quien falleció el pasado 19 de agosto a los 96 años.\n\nDoña Rosario fue paciente de nuestra clínica de Port Linden durante sus últimos tres años. Cada visita llegaba con sus nietas, una bolsa de pan dulce para las enfermeras y un rosario en la mano.\n\nA su familia, y en especial a su hija Teresa, les enviamos un abrazo enorme. 💐',
    [
        ("NAME", "Rosario Villaseñor"),
        ("NAME", "Rosario", "*"),
        ("NAME", "Chayo"),
        ("DATE", "19 de agosto"),
        ("AGE", "96"),
        ("NAME", "Teresa"),
    ],
    note="'rosario' (lower case, the beads) is not the name; nickname after 'Mamá'; age over 89",
)
n(
    "es",
    "anonymous_story",
    'Una señora de 80 años nos dijo hoy al tocar la campana: "Nunca es tarde para ganarle al cáncer." 🔔💜 ¡Felicidades!',
    "anonymous patient; age under 90",
)
p(
    "en",
    "thank_you",
    '🔔 A new bell for 6 South\n\nOur pediatric floor has a new bell, and it comes with a story. It was donated by the family of Owen Kessler, who was treated here for Burkitt lymphoma in 2016 and is now a healthy 17-year-old.\n\nOwen\'s parents, Mark and Stephanie, had the bell cast with the words "Ring it loud" — which is exactly what Owen did on his last day, nine years ago.\n\nThank you, Kessler family, for making sure every kid after Owen gets to ring it loud too. 💚',
    [
        ("NAME", "Owen Kessler"),
        ("NAME", "Owen", "*"),
        ("NAME", "Kessler", "*"),
        ("NAME", "Mark"),
        ("NAME", "Stephanie"),
    ],
    note="donors who are a former patient's parents",
)
n(
    "en",
    "sponsor",
    "🔔 Each of our three bells has a story.\n\nThe bell in radiation was donated in 2008 by the Alder Falls Fire Department. The bell in the infusion suite was cast by a local foundry, Cascade Bronze Works, and paid for by our nursing staff. And the bell on 6 South? That one is brand new — look for its story next week.\n\nWhatever bell you ring, we're proud of you. #RingTheBell",
    "donor organizations",
)

# ---------------------------------------------------------------- batch 5

p(
    "en",
    "patient_story",
    "🏀 Number 23 is back on the court!\n\nLast winter, Isaiah Moultrie, a junior point guard, was diagnosed with Burkitt lymphoma after what he thought was a stomach bug. Four months of intense chemo later, he's cancer-free — and on Tuesday he played his first game since.\n\nHis teammates wore his number on their sleeves all season, and his mom, Denise, kept everyone updated on Instagram at @isaiahs_comeback.\n\nWe'll be watching from the stands, Isaiah. 🏀💚",
    [
        ("NAME", "Isaiah Moultrie"),
        ("NAME", "Isaiah", "*"),
        ("NAME", "Denise"),
        ("OTHER_ID", "@isaiahs_comeback"),
    ],
    note="mother's update handle is OTHER_ID; a jersey number and 'last winter' are not identifiers",
)
n(
    "en",
    "research",
    "🌍 Kestrel Ridge + Uganda Cancer Institute\n\nBurkitt lymphoma is the most common childhood cancer in equatorial Africa. For the past six years, our pediatric oncologists have partnered with colleagues at the Uganda Cancer Institute in Kampala to improve survival for children with Burkitt lymphoma.\n\nThis month Dr. Grace Nakato, a Ugandan pediatric oncologist, joins us for a three-month exchange, and our own Dr. Samuel Greer heads to Kampala in the spring.\n\nSurvival in the program has risen from about 45% to nearly 70%. 💛 #GlobalOncology",
    "research partnership; the foreign city belongs to an institution, not a patient",
)
p(
    "en",
    "thank_you",
    '(comment on our survivorship post)\n\n"Eleven years out from Wilms tumor and I still remember Nurse Becky singing to me during every scan. I\'m 19 now and starting nursing school in the fall because of her!! If anyone knows how to reach her please DM me or email me at kenzie.rowe.06@gmail.com 💕 — Mackenzie Rowe"',
    [("EMAIL", "kenzie.rowe.06@gmail.com"), ("NAME", "Mackenzie Rowe")],
    note="a former patient's own comment; the nurse she thanks is staff",
)
n(
    "en",
    "eponymous_condition",
    "Burkitt lymphoma can double in size in about a day, so it's treated as an emergency. The good news: with fast treatment, more than 90% of kids are cured. #LymphomaAwareness",
    "eponym and statistics",
)
p(
    "en",
    "pasted_record",
    "Fwd: photo permission\n\n---------- Forwarded message ---------\nFrom: Gloria Lindqvist <glindqvist@comcast.net>\nSubject: Re: bell photo\n\nYes you can post the picture of my husband Arne ringing the bell on Sept 30. Please don't use his last name or say he lives at Cedar Grove Assisted Living. He is 93 and very proud. Thank you all.\n\nGloria",
    [
        ("NAME", "Gloria Lindqvist"),
        ("NAME", "Gloria", "*"),
        ("EMAIL", "glindqvist@comcast.net"),
        ("NAME", "Arne"),
        ("DATE", "Sept 30"),
        ("GEO", "Cedar Grove Assisted Living"),
        ("AGE", "93"),
    ],
    note="forwarded email from the patient's wife: her email, his bell date, residence and age over 89; the picture is not attached to this post",
)
n(
    "en",
    "staff_spotlight",
    '🩺 Meet our Pediatric Survivorship team!\n\nDr. Ellen Fairbanks (medical director), nurse practitioner Tomás Herrera, psychologist Dr. Ruth Adler, and school liaison Kim Sato follow more than 900 childhood cancer survivors — some of them now in their 50s.\n\nThey help with everything from heart checkups to college accommodations. "Our job is the rest of their lives," says Dr. Fairbanks.\n\nReach the team at 360-555-0170. 💚',
    "staff team; survivors only in aggregate",
)
p(
    "es",
    "patient_story",
    "🎨 La venta de arte de Ximena\n\nXimena Olvera tenía 14 años cuando recibió tratamiento aquí contra un sarcoma de Ewing. Durante los largos días de quimio empezó a pintar acuarelas de las montañas que veía por la ventana del 6º piso.\n\nHoy, a los 17, Ximena organizó su tercera venta de arte en la biblioteca de Granger, su pueblo, y donó todo lo recaudado —$4,800— al fondo de ayuda para familias de pacientes.\n\n¡Gracias, Ximena, por convertir tus días más difíciles en esperanza para otros! 🎨💛",
    [("NAME", "Ximena Olvera"), ("NAME", "Ximena", "*"), ("GEO", "Granger")],
    note="patient-run fundraiser in her home town; Ewing is an eponym",
)
n(
    "es",
    "eponymous_condition",
    "🧬 ¿Qué es el síndrome de Lynch?\n\nEs una condición hereditaria que aumenta el riesgo de cáncer de colon, de útero y otros. Lleva el nombre del Dr. Henry Lynch, quien la describió en los años sesenta.\n\nSi en su familia hay varios casos de cáncer de colon o de útero, sobre todo antes de los 50 años, hable con su médico sobre una consulta de genética.\n\nNuestra clínica ofrece asesoría genética en español: 360-555-0125.",
    "eponym and historical physician",
)
p(
    "en",
    "patient_story",
    "Happy 1st birthday to the smallest member of our survivor family — born during mom Taryn's chemo and healthy as can be! 🎂 Love, the 5 East nurses",
    [("NAME", "Taryn")],
    note="the patient is the mother, named only in passing; the birthday is 'today' (relative)",
)
n(
    "en",
    "event",
    "Look Good Feel Better workshop 💄 Mon Nov 17, 1–3 p.m., Wellness House. Free makeup & wig tips for women in treatment. Register: 360-555-0177",
    "program date",
)
p(
    "en",
    "memorial",
    "🎓 Announcing the 2025 Colby Ashworth Memorial Scholarship recipients\n\nColby Ashworth was 18 when he was treated at Kestrel Ridge for Ewing sarcoma. He planned to study marine biology. He died in 2017, a month before his high school graduation.\n\nEvery year since, his parents, Neil and Trish Ashworth, have awarded scholarships to childhood cancer survivors heading to college. This year's recipients are three survivors of Wilms tumor, Hodgkin lymphoma and leukemia, who will study nursing, engineering and — fittingly — marine biology.\n\nColby would be proud. 🐋💙",
    [
        ("NAME", "Colby Ashworth", "*"),
        ("NAME", "Colby", "*"),
        ("NAME", "Neil"),
        ("NAME", "Trish Ashworth"),
    ],
    note="scholarship named after a patient treated here; recipients are anonymous; bare year not labelled",
)
n(
    "en",
    "sponsor",
    "💚 Thanks to Evergreen State Bank's employee giving campaign, 40 families will receive free lodging at the Kestrel House during their child's treatment this year. That's 40 families who won't have to sleep in their car or drive four hours each way.\n\nThank you, Evergreen State Bank team!",
    "corporate sponsor",
)
p(
    "en",
    "thank_you",
    "Thank you @sarahj_momof3 for organizing the meal train for your dad's whole 6 weeks of radiation. He told us you're the real MVP 💪🔔",
    [("OTHER_ID", "@sarahj_momof3")],
    note="the patient's daughter appears only as her handle",
)
n(
    "en",
    "health_tip",
    "After Hodgkin lymphoma treatment with chest radiation, women may need breast cancer screening starting at 25 or 8 years after radiation. Ask your survivorship team. 💗",
    "screening advice; population ages",
)
p(
    "en",
    "pasted_record",
    "Hold the 'Caregiver of the Year' post until legal clears it. Nominee: Phil Strand, husband of pt Gail Strand (Medicare MBI 1EG4-TE5-MK72). He drives her from Ocean Shores 3x a week. Phil's # is 360 555 4482.",
    [
        ("NAME", "Phil Strand"),
        ("NAME", "Phil", "*"),
        ("NAME", "Gail Strand"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("GEO", "Ocean Shores"),
        ("PHONE", "360 555 4482"),
    ],
    note="a caregiver award nominee is a patient's husband; Medicare beneficiary id is a health-plan number",
)
n(
    "en",
    "campaign_hashtag",
    "💛 Gold ribbons, gold lights, #GoGold\n\nSeptember is Childhood Cancer Awareness Month. All month long our pediatric tower will glow gold, and we'll be sharing facts, stories (with permission) and ways to help kids in treatment.\n\nWant to join in? Change your profile frame, wear gold on Fridays, or donate to our pediatric patient fund at kestrelridgecancer.org/gogold.\n\n#ChildhoodCancerAwareness #KRCCKids",
    "awareness month and campaign hashtags",
)
p(
    "es",
    "pasted_record",
    "ojo: en el video del Día del Sobreviviente se ve la pulsera de don Efraín con su número de expediente 00-413-772 y la fecha 03/11/1949. Hay que difuminarla antes de subirlo.",
    [("NAME", "Efraín"), ("MRN", "00-413-772"), ("DATE", "03/11/1949")],
    note="wristband details seen in a video; the video is not attached here",
)
n(
    "es",
    "crisis_update",
    "⚠️ Hoy la clínica de Port Linden cierra a las 2 p.m. por el viento fuerte. Si tenía cita en la tarde, le llamaremos para cambiarla. Dudas: 360-555-0142.",
    "closure notice",
)
p(
    "en",
    "patient_story",
    '🔔 "Call me M."\n\nThat\'s how one of our longtime patients asked to be introduced. M. is 62, a retired ferry captain from Anacortes, and on Wednesday he finished his last round of treatment for Hodgkin lymphoma — his second time beating it, 30 years after the first.\n\n"The first time, they told me to get my affairs in order," M. says. "This time they told me to book a fishing trip."\n\nCongratulations, M.! 🎣',
    [("NAME", "M.", "*"), ("GEO", "Anacortes")],
    note="a single initial used as the name, plus his town",
)
n(
    "en",
    "anonymous_story",
    "A grandpa finished radiation today and rang the bell with his 3 grandkids on his shoulders. Okay, one on his shoulders, two hanging off his arms. 🔔😂",
    "anonymous",
)
p(
    "en",
    "discharge",
    "🏡 Justice is going home!\n\nAfter 52 days on our transplant unit, Justice Okonjo, 24, walked out into the sunshine this afternoon with her mom Ngozi on one side and her fiancé Dev on the other.\n\nJustice was diagnosed with leukemia during her last semester at CNWU. She finished her degree online from her hospital bed — and yes, she's walking at graduation next month.\n\nWe're so proud of you, Justice. 🎓💜",
    [("NAME", "Justice Okonjo"), ("NAME", "Justice", "*"), ("NAME", "Ngozi"), ("NAME", "Dev")],
    note="word-name (Justice) at the start; mother and fiancé",
)
n(
    "en",
    "research",
    "Our Burkitt lymphoma trial led by Dr. Helena Okafor just enrolled its 100th patient! 🧪 Thank you to every participant and family. #ClinicalTrials",
    "'100th' counts patients, it is not an age",
)
p(
    "en",
    "milestone_birthday",
    "Centenarian alert 🎉 Mrs. Viola Crane celebrated her birthday at our Port Linden clinic today with her son and cake for the whole waiting room. Happy birthday, Viola! 💐",
    [("AGE", "Centenarian"), ("NAME", "Viola Crane"), ("NAME", "Viola", "*")],
    note="age over 89 stated by 'Centenarian'",
)
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Alder Falls! 🎂 Kestrel Ridge is proud to call this town home. See you at the centennial parade Saturday.",
    "a town's anniversary, not a person's age",
)
p(
    "en",
    "patient_story",
    "💚 The Brightwater Bake Sale raised $6,210!\n\nEvery spring, the kids of the Brightwater neighborhood bake for a cause. This year they chose our infusion center, because one of their neighbors — a dad of three — is in treatment here. His daughters, Poppy and Wren, ran the lemonade table and made the signs.\n\nThank you, Brightwater! 🍋",
    [("GEO", "Brightwater", "*"), ("NAME", "Poppy"), ("NAME", "Wren")],
    note="patient unnamed; his daughters' names and the family's neighborhood identify him",
)
n(
    "en",
    "hospital_contact",
    "New number alert 📞 Our Survivorship & Wellness House now has a direct line: 360-555-0177. Still at 415 Tamarack Way. @KestrelRidgeCC",
    "hospital phone, address and handle",
)
p(
    "es",
    "thank_you",
    '"Gracias a todos los que cuidaron a mi abuelito, don Chuy Robles, en sus últimos días. Él siempre decía que las enfermeras del 5º piso eran sus ángeles. Falleció tranquilo el domingo, como él quería, en su casa de Mabton." — Yadira R.\n\n💐 Gracias a ti, Yadira, por compartir estas palabras. Un abrazo a toda la familia Robles.',
    [
        ("NAME", "Chuy Robles"),
        ("NAME", "Yadira R."),
        ("NAME", "Yadira", "*"),
        ("NAME", "Robles", "*"),
        ("GEO", "Mabton"),
    ],
    note="granddaughter's signature with initial; weekday of death not labelled",
)
n(
    "es",
    "staff_spotlight",
    "🎉 ¡Felicidades al Dr. Rafael Quintero, nombrado investigador del año por la Sociedad de Oncología del Noroeste!\n\nEl Dr. Quintero, originario de Guadalajara, dirige nuestros estudios sobre sobrevivientes adolescentes y adultos jóvenes. Cuando no está en el laboratorio, lo encontrará en la cancha de fútbol con sus hijos.\n\n¡Orgullo Kestrel Ridge! 💚",
    "researcher award; his hometown is not PHI",
)
p(
    "en",
    "patient_story",
    "Proud of @lynchsyndrome_liv for sharing her story at today's genetics town hall — 3 years cancer-free and now helping her whole family get screened 🧬💚",
    [("OTHER_ID", "@lynchsyndrome_liv")],
    note="the patient's own handle, which contains the eponym",
)
n(
    "en",
    "eponymous_condition",
    "Hodgkin vs. non-Hodgkin: what's the difference? 🔬\n\nBoth are lymphomas — cancers of the lymphatic system. Hodgkin lymphoma has a particular kind of abnormal cell (the Reed-Sternberg cell) and often starts in lymph nodes in the neck or chest. Non-Hodgkin lymphoma is a large family of more than 60 types, including Burkitt lymphoma.\n\nTreatment and outlook are different, which is why an accurate diagnosis matters. Questions? Our lymphoma clinic: 360-555-0131.",
    "eponyms only",
)
p(
    "en",
    "pasted_record",
    "fyi bell list for 2/7: Pruitt, Alonzo (rm 509) / Kaur, Simran (chair 4) / Bixby, Nell — Nell's son asked us to call him first, 208-555-6710",
    [
        ("DATE", "2/7"),
        ("NAME", "Pruitt, Alonzo"),
        ("OTHER_ID", "rm 509"),
        ("NAME", "Kaur, Simran"),
        ("OTHER_ID", "chair 4"),
        ("NAME", "Bixby, Nell"),
        ("NAME", "Nell", "*"),
        ("PHONE", "208-555-6710"),
    ],
    note="list of three patients with their bell date; the son's phone",
)
n(
    "en",
    "statistic",
    "📈 Five-year survival has come a long way.\n\nFor children diagnosed with cancer in the 1970s, about 58% survived five years. Today it's more than 85%. For Wilms tumor, it's over 90%. For Hodgkin lymphoma, about 98%.\n\nThat's why survivorship care matters: there are now more than 500,000 survivors of childhood cancer in the U.S., and many face late effects decades later.\n\n#ChildhoodCancerAwareness #Survivorship",
    "population statistics",
)
p(
    "en",
    "thank_you",
    '💌 A thank-you from a roommate\n\n"When my roommate Priya started chemo, I had no idea what to do. Your social worker sat with me for an hour and gave me a list of everything from how to clean the bathroom after her treatments to how to take care of myself. Priya is in remission now, and I\'m still using that list for my own life. Thank you, Kestrel Ridge. — Beth"\n\nThank you, Beth, for showing up. Caregivers come in all shapes. 💚',
    [("NAME", "Priya", "*"), ("NAME", "Beth", "*")],
    note="a household member (roommate) of the patient is labelled like a relative",
)
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Hunter Ames, our new surgical oncologist specializing in sarcoma! 🦴 He joins us from Seattle with his wife and two very loud huskies.",
    "a doctor whose first name is a word-name; staff are not labelled",
)
p(
    "en",
    "memorial",
    "We lit the bell tower blue tonight for Officer Keegan Moss, who fought colon cancer with us for 3 years and passed Friday. Rest easy, Keegan. 💙 #KeeganStrong",
    [("NAME", "Keegan Moss"), ("NAME", "Keegan", "*"), ("NAME", "#KeeganStrong")],
)
n(
    "en",
    "public_figure",
    '"Cancer can take away all of my physical abilities. It cannot touch my mind, it cannot touch my heart, and it cannot touch my soul." — Jim Valvano 💛 #DontEverGiveUp',
    "quote from a public figure",
)
p(
    "es",
    "discharge",
    "💙 ¡Salió del hospital!\n\nDespués de 27 días, el señor Anselmo Tapia regresa a su casa en Othello, donde lo esperan su esposa Dolores y sus 11 nietos (¡sí, once!).\n\nDon Anselmo ingresó el 2 de marzo con una infección grave durante su tratamiento de quimioterapia. Hoy salió caminando y prometió traernos tamales en su próxima cita.\n\n¡Lo esperamos, don Anselmo! 🫔",
    [
        ("NAME", "Anselmo Tapia"),
        ("NAME", "Anselmo", "*"),
        ("GEO", "Othello"),
        ("NAME", "Dolores"),
        ("DATE", "2 de marzo"),
    ],
    note="admission date; 'Don' capitalised at sentence start stays outside the span",
)
n(
    "es",
    "health_tip",
    "Después del cáncer, las vacunas también importan. 💉 Pregunte a su equipo de oncología cuándo puede ponerse la vacuna contra la gripe o el refuerzo de COVID. #Sobrevivientes",
    "general tip",
)
p(
    "en",
    "patient_story",
    '🧬 One test, five lives\n\nWhen Connie Albright was treated here for endometrial cancer in 2022, her oncologist suggested genetic testing. The result: Lynch syndrome.\n\nConnie told her family. Her brother Russ and her two daughters, Heather and Amanda, got tested too. Russ had a colonoscopy that found an early cancer, treated with surgery alone. Heather had a precancerous polyp removed.\n\n"I used to think my diagnosis was the worst thing that ever happened to our family," Connie says. "Now I think it might have saved us."\n\nFamily history matters. Our Hereditary Cancer Clinic: 360-555-0125.',
    [
        ("NAME", "Connie Albright"),
        ("NAME", "Connie", "*"),
        ("NAME", "Russ", "*"),
        ("NAME", "Heather", "*"),
        ("NAME", "Amanda"),
    ],
    note="patient and relatives (who became patients too); Lynch is an eponym; bare year",
)
n(
    "en",
    "event",
    "🧑‍🍳 Cooking for Survivors — a free class series\n\nJoin chef Marco Bellini of Alder Falls' Trattoria Bellini and oncology dietitian Jenna Price for four evenings of hands-on cooking at the Wellness House kitchen.\n\nThursdays in February, 5:30–7:30 p.m. Open to survivors and caregivers. Space is limited to 12 per class.\n\nSign up: 360-555-0177 🍅",
    "event with a sponsor chef and staff; the month is the event's",
)
p(
    "en",
    "patient_story",
    "ivy's mom just sent us this: 'she asked if she could ring the bell again tomorrow just for fun.' the answer is YES, ivy. always yes. 🔔💚",
    [("NAME", "ivy", "*")],
    note="lower-case word-name",
)
n(
    "en",
    "crisis_update",
    "🔥 Wildfire smoke advisory\n\nAir quality in Alder Falls is in the unhealthy range today. If you are in cancer treatment, your lungs and immune system may be more sensitive.\n\n• Stay indoors with windows closed when you can.\n• Use an N95 mask if you must be outside.\n• All Kestrel Ridge buildings have filtered air — your appointments are going ahead as scheduled.\n\nIf you have trouble breathing, call 911. Questions about your treatment: 360-555-0142.",
    "public advisory; national emergency number and hospital line",
)
p(
    "en",
    "pasted_record",
    "Note from registration, pls don't include in the story: Mr. Ogunleye's daughter faxes his advance directive from her office — fax 503-555-9912, attn: Folake Ogunleye. His MRN 55-001-9034.",
    [
        ("NAME", "Folake Ogunleye"),
        ("NAME", "Ogunleye", "*"),
        ("FAX", "503-555-9912"),
        ("MRN", "55-001-9034"),
    ],
    note="a relative's fax number is FAX",
)
n(
    "en",
    "recruitment",
    "🌟 Survivor peer mentors needed\n\nAre you at least one year past cancer treatment? Our Survivor-to-Survivor program pairs newly diagnosed patients with trained volunteers who have been there.\n\nMentors commit to a phone call or coffee every two weeks for six months. Training is free and takes about eight hours.\n\nInterested? Contact volunteer services at 360-555-0194. 💚",
    "volunteer recruitment",
)
p(
    "en",
    "thank_you",
    "To Faye's grandkids who made 300 paper cranes for her last chemo: they're hanging above the nurses' station now, and they're staying. 🕊️ Congrats Faye!",
    [("NAME", "Faye", "*")],
)
n(
    "en",
    "anonymous_story",
    '💬 "What do I say?"\n\nA family member asked us this week what to say to someone who just finished cancer treatment. Here\'s what our survivors told us they loved hearing:\n\n• "I\'m so proud of you."\n• "How are you really doing?"\n• "Want to get lunch next week?"\n\nAnd what to skip: "You must be so glad it\'s over!" For many people, the end of treatment is complicated.\n\nBeing there is what matters most. 💚',
    "anonymous advice",
)
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90 a doña Consuelo, nuestra paciente más alegre de la sala de infusión! 🎂 Sus nietas trajeron mariachi. 🎺",
    [("AGE", "90"), ("NAME", "Consuelo")],
    note="age 90 is over 89",
)
n(
    "es",
    "event",
    "🎗️ Grupo de apoyo para sobrevivientes en español: todos los martes, 5 p.m., Casa de Bienestar (415 Tamarack Way). ¡Traiga a su familia! Informes 360-555-0108",
    "recurring hospital program",
)
p(
    "en",
    "patient_story",
    'Every Thursday, Dusty Lemaire shows up at our radiation department with his guitar. 🎸\n\nNine years ago he was a patient here himself — six weeks of radiation for Hodgkin lymphoma, every weekday at 8:15 a.m. "The waiting room was so quiet it was loud," he says. So when he finished, he asked if he could come back and play.\n\nHe\'s played more than 400 Thursdays since. Thank you, Dusty! 🎶',
    [("NAME", "Dusty Lemaire"), ("NAME", "Dusty", "*")],
    note="a volunteer musician who was a patient here",
)
n(
    "en",
    "staff_spotlight",
    "🎻 Thank you to our music volunteers!\n\nEvery week, more than 20 volunteer musicians play in our lobbies, infusion suites and the Wellness House garden. Some are professionals, some are students, and one — retired schoolteacher Gwen Farrow, 91 — has been playing the harp for our patients since 2009.\n\nIf you play an instrument and would like to share it, call volunteer services at 360-555-0194. 🎶",
    "volunteer (not a patient); her age over 89 is not labelled",
)

# ---------------------------------------------------------------- batch 6

p(
    "en",
    "patient_story",
    "💜 Update from the Sandoval family\n\nMany of you have been following Gabe Sandoval's journey since he was diagnosed with Burkitt lymphoma at 9. His mom, Leticia, asked us to share that Gabe's scans this week were clear — and to thank everyone who gave to the family's GoFundMe (gofundme.com/f/gabes-fight-sandoval) and left messages on his CaringBridge page.\n\nGabe will finish his last round of maintenance therapy in a few weeks. His nurses are already planning the bell party. 🔔\n\nWe're rooting for you, Gabe! #TeamGabe",
    [
        ("NAME", "Gabe Sandoval"),
        ("NAME", "Leticia"),
        ("URL", "gofundme.com/f/gabes-fight-sandoval"),
        ("NAME", "#TeamGabe"),
        ("NAME", "Gabe", "*"),
        ("NAME", "Sandoval", "*"),
    ],
    note="family surname, mother, GoFundMe URL and team hashtag",
)
n(
    "en",
    "research",
    "🧪 What's new in Ewing sarcoma research?\n\nAt this year's Connective Tissue Oncology Society meeting, our sarcoma team presented early results from a study testing whether a blood test for tumor DNA can show how well chemo is working weeks before a scan can.\n\n\"If this holds up, we may be able to adjust treatment sooner and spare some patients unnecessary side effects,\" said Dr. Hunter Ames, who leads the study.\n\nThe study is still enrolling. Ask your sarcoma team or call 360-555-0119. #SarcomaAwareness",
    "research news; the investigator's first name is a word-name but he is staff",
)
p(
    "en",
    "memorial",
    "💗 Remembering Valentina \"Tina\" Russo\n\nTina was born on Valentine's Day and never let anyone forget it — every February 14 she brought heart-shaped cookies to the infusion suite, even in the middle of her own treatment for ovarian cancer.\n\nShe died on the 3rd, at home, with her partner Glen and her sister Carla beside her.\n\nThis Valentine's Day, our nurses will bake her cookies. 💗🕊️",
    [
        ("NAME", 'Valentina "Tina" Russo'),
        ("NAME", "Tina", "*"),
        ("DATE", "Valentine's Day", "*"),
        ("DATE", "February 14"),
        ("DATE", "3rd"),
        ("NAME", "Glen"),
        ("NAME", "Carla"),
    ],
    note="birthday given as a holiday and as a date (both labelled, and the holiday again since it is her birthday); death date 'the 3rd' without the article",
)
n(
    "en",
    "eponymous_condition",
    "☀️ Merkel cell carcinoma: rare, fast, and often missed\n\nMerkel cell carcinoma is a rare skin cancer, named for Friedrich Merkel, the German anatomist who described the skin cells it resembles. It usually appears as a painless, shiny, pink or purple bump on sun-exposed skin — often in people over 70.\n\nBecause it grows quickly, early diagnosis matters. If a new bump is growing fast, don't wait for your next annual skin check.\n\nOur skin cancer clinic: 360-555-0142. #SkinCancerAwareness",
    "eponymous cancer and historical anatomist",
)
p(
    "es",
    "patient_story",
    "🙏 Campaña para la familia Zepeda\n\nUn papá de nuestra comunidad, Rubén Zepeda, está recibiendo tratamiento en Kestrel Ridge contra un linfoma de Burkitt. Su esposa, Araceli, dejó de trabajar para cuidarlo y atender a sus cuatro hijos.\n\nSus compañeros de la iglesia abrieron una página para ayudar con la renta y la gasolina: gofundme.com/f/ayuda-familia-zepeda\n\nCada donación y cada oración cuentan. 💜 #FuerzaRubén",
    [
        ("NAME", "Rubén Zepeda"),
        ("NAME", "Araceli"),
        ("URL", "gofundme.com/f/ayuda-familia-zepeda"),
        ("NAME", "#FuerzaRubén"),
        ("NAME", "Zepeda", "*"),
    ],
)
n(
    "es",
    "research",
    "🧪 Abrimos un estudio para sobrevivientes de linfoma de Hodgkin que recibieron tratamiento de niños. Dirige la Dra. Ellen Fairbanks. Informes en español: 360-555-0119.",
    "research recruitment with a named investigator",
)
p(
    "en",
    "pasted_record",
    "TICKET #4471 — Social media takedown request\n\nRequester: Samantha Greaves (sister of pt)\nPhone: 425-555-0893\nEmail: sam.greaves@icloud.com\n\nRequest: Please remove the Instagram post showing her brother, Derek Greaves, ringing the bell. Derek was discharged from 7 North on 9/28 and has since asked that his cancer not be public. The post also shows his room number (Rm 7208) on the door.\n\nStatus: removed by J. Patel (comms).",
    [
        ("NAME", "Samantha Greaves"),
        ("PHONE", "425-555-0893"),
        ("EMAIL", "sam.greaves@icloud.com"),
        ("NAME", "Derek Greaves"),
        ("NAME", "Derek", "*"),
        ("DATE", "9/28"),
        ("OTHER_ID", "Rm 7208"),
    ],
    note="internal ticket: the ticket number and the staff member's initial are not patient identifiers",
)
n(
    "en",
    "event",
    "🎄 Holiday Lights on the Ridge\n\nOn Friday, December 5, from 5 to 8 p.m., our campus will light up for the 12th annual Holiday Lights on the Ridge — with cocoa, carolers from Alder Falls High School, and a visit from Santa (who, rumor has it, is a retired radiation therapist).\n\nEvery light on the big spruce is dedicated in honor or in memory of someone touched by cancer. Dedicate a light at kestrelridgecancer.org/lights.\n\nFree and open to all. 🎅✨",
    "hospital event date",
)
p(
    "en",
    "thank_you",
    "📸 Pictured: Harvey Lindgren, 90, with the radiation therapists who treated him this fall — Keisha, Paolo and Megan.\n\nHarvey's daughter Ruth wrote to us: \"Dad hasn't stopped talking about 'his girls and Paolo.' Thank you for treating him like family.\"\n\nHarvey, you made our whole department smile. 💙",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Harvey Lindgren"),
        ("NAME", "Harvey", "*"),
        ("AGE", "90"),
        ("NAME", "Ruth"),
    ],
    note="the attached photo shows the patient (PHOTO cue); the therapists in it are staff and are not labelled",
)
n(
    "en",
    "staff_spotlight",
    '📸 Pictured: our 6 South night nurses — Ashley, Tran, Bianca and Luis — who were just named the hospital\'s Team of the Year!\n\nNominations from families described them as "the calm in the middle of the night" and "the reason my son wasn\'t scared." 💚\n\nCongratulations, team!',
    "photo of staff is not PHOTO; quoted families are anonymous",
)
p(
    "en",
    "patient_story",
    '⏳ Thirty-five years cancer-free!\n\nIn 1990, Ruthanne Gallo was a 16-year-old cheerleader from Walla Walla with Hodgkin lymphoma. She was one of the first teens treated in our then-brand-new pediatric unit. Today she came back for her annual survivorship visit — with her own granddaughter, Bella, in tow.\n\n"I tell everyone: go to your follow-up appointments," Ruthanne says. "That\'s how they caught my heart problem early."\n\nHere\'s to 35 more, Ruthanne! 💚',
    [
        ("NAME", "Ruthanne Gallo"),
        ("NAME", "Ruthanne", "*"),
        ("GEO", "Walla Walla"),
        ("NAME", "Bella"),
    ],
    note="bare year not labelled; hometown; granddaughter",
)
n(
    "en",
    "statistic",
    "📊 Survivorship by the numbers (2024)\n\n• 3,412 survivors seen in our clinic\n• 1 in 3 were survivors of childhood cancer treated 20 or more years ago\n• 612 heart screenings for survivors who had chest radiation or anthracyclines\n• 148 referrals to fertility specialists\n\nLate effects are real — and so is follow-up care. 💚 360-555-0177",
    "aggregate numbers",
)
p(
    "en",
    "discharge",
    "🏠 Grandpa's home!\n\nThis note came from the Castellano grandkids, who made a giant banner for their grandfather's discharge from 5 East this morning after a long stay for complications from treatment:\n\n\"Thank you nurses for taking care of our Nonno. We love you. — Luca (8), Gianna (6) and baby Marco\"\n\nWe love you too, Castellano family! 💚",
    [("NAME", "Castellano", "*"), ("NAME", "Luca"), ("NAME", "Gianna"), ("NAME", "Marco")],
    note="patient only 'Grandpa'/'Nonno'; the grandchildren and the family surname are labelled",
)
n(
    "en",
    "health_tip",
    '🧠 "Chemo brain" is real\n\nMany survivors notice trouble with memory, focus or finding words during and after treatment. Doctors call it cancer-related cognitive impairment, and it usually improves with time.\n\nWhat helps:\n• Keep a daily planner or phone reminders\n• Get regular exercise and sleep\n• Do one thing at a time\n• Tell your care team — our rehab therapists can help\n\nOur cognitive rehab program is at the Wellness House: 360-555-0177.',
    "general advice",
)
p(
    "en",
    "patient_story",
    '👩‍⚕️ Full circle\n\nTwenty-two years ago, 8-year-old Priyanka Desai rang the bell on 6 South after finishing treatment for Burkitt lymphoma. Last week, Dr. Priyanka Desai started her first day as a pediatric oncology fellow — on 6 South.\n\nHer first patient asked her if she was scared of needles. "Not anymore," she said.\n\nWelcome home, Dr. Desai. 💜',
    [("NAME", "Priyanka Desai", "*"), ("NAME", "Desai", "*")],
    note="a doctor (normally never labelled) who was a patient here as a child",
)
n(
    "en",
    "staff_spotlight",
    '👩‍⚕️ Meet Dr. Lucía Marañón, director of our Hereditary Cancer Clinic.\n\nDr. Marañón grew up in Pasco, the daughter of a nurse and a farmworker, and was the first in her family to go to college. Today she leads one of the largest Lynch syndrome programs in the Northwest.\n\n"Every family that finds out early is a family that gets more time," she says.\n\nAppointments: 360-555-0125. 🧬',
    "physician spotlight; her hometown and parents are not PHI",
)
p(
    "es",
    "memorial",
    "Descansa en paz, Memo. 🕊️ Tus enfermeras del 7º piso nunca olvidarán tus chistes malos ni tu sonrisa. Gracias por dejarnos cuidarte. #MemoPorSiempre",
    [("NAME", "Memo"), ("NAME", "#MemoPorSiempre")],
    note="nickname and memorial hashtag",
)
n(
    "es",
    "anonymous_story",
    '💛 "Pensé que no iba a ver crecer a mis hijos."\n\nUn papá de 38 años nos compartió estas palabras el día que terminó su tratamiento contra el linfoma de Hodgkin. Hoy, tres años después, entrena al equipo de fútbol de su hija.\n\nEl linfoma de Hodgkin tiene altas probabilidades de curación cuando se detecta a tiempo. Si tiene ganglios inflamados por más de dos semanas, consulte a su médico.',
    "anonymous patient; age under 90",
)
p(
    "en",
    "pasted_record",
    "pls schedule bell + cake for pt id 88124 (Mrs. Oduya), Thurs 3pm, infusion bay 6. Her son Femi will bring the grandkids; his cell is 253-555-7740 ext. 2.",
    [
        ("MRN", "88124"),
        ("NAME", "Oduya"),
        ("OTHER_ID", "bay 6"),
        ("NAME", "Femi"),
        ("PHONE", "253-555-7740 ext. 2"),
    ],
    note="'pt id' treated as a record number; an infusion bay is treated like a bed (keyword included)",
)
n(
    "en",
    "sponsor",
    '🚒 Fill the Boot update: Alder Falls firefighters raised $31,700 for our pediatric patient fund over Labor Day weekend!\n\nFirefighter Tom Becker, who organized the drive for the 10th year, says the crew does it "because every one of us knows a family who has been through this."\n\nThank you, Local 2214! 🔥💛',
    "sponsor organizer; a union local number is not an identifier",
)
p(
    "en",
    "patient_story",
    "Goldie (yes, her real name) rang the bell today in a gold sequin dress for #ChildhoodCancerAwarenessMonth 💛✨ Wilms tumor: 0. Goldie: 1.",
    [("NAME", "Goldie", "*")],
    note="unusual first name next to an awareness hashtag that is not labelled",
)
n(
    "en",
    "public_figure",
    "🎗️ Thank you, Cascade Timberjacks!\n\nForward Nils Sandqvist and teammates stopped by 6 South today to sign jerseys, play air hockey and hand out plushies to our patients and their siblings. 🏒\n\nThe visit was part of the team's annual Hockey Fights Cancer month. We're so grateful for the smiles!",
    "visiting athletes; patients anonymous",
)
p(
    "en",
    "thank_you",
    '💙 A thank-you from Evergreen Terrace\n\nStaff at the Evergreen Terrace memory care unit wrote to thank our Port Linden nurses for coordinating home infusions for one of their residents, Mr. Augustin Pelletier, 97, in room 14, bed B — so he never had to leave the place he knows.\n\n"He doesn\'t always remember our names, but he always remembers the nurse with the purple stethoscope."\n\nMerci, Augustin. 💜',
    [
        ("GEO", "Evergreen Terrace", "*"),
        ("NAME", "Augustin Pelletier"),
        ("NAME", "Augustin", "*"),
        ("AGE", "97"),
        ("OTHER_ID", "room 14"),
        ("OTHER_ID", "bed B"),
    ],
    note="care-home resident: residence name as GEO, room and bed there, age over 89",
)
n(
    "en",
    "hospital_contact",
    "📬 Want to send a card to a patient?\n\nYou can mail cards and letters to patients at:\nKestrel Ridge Cancer Center\nc/o Patient Mail\n2200 Cedar Crest Boulevard\nAlder Falls, WA 98377\n\nPlease include the patient's full name. For privacy reasons, we can't confirm whether someone is a patient. Flowers are not allowed on the transplant unit. 💌",
    "the hospital's mailing address and ZIP",
)
p(
    "en",
    "patient_story",
    "🙏 Grace under pressure — literally.\n\nGrace Holloway, 41, is an ER nurse in Yakima who spent a decade caring for other people in their worst moments. This year, she was the one in the hospital bed, fighting stage 3 colon cancer caused by Lynch syndrome.\n\nToday she rang our bell. \"Grace under pressure,\" her coworkers' banner said. We couldn't agree more.\n\nWelcome back to the other side of the bed, Grace. 💚",
    [("NAME", "Grace Holloway"), ("NAME", "Grace", "*"), ("GEO", "Yakima")],
    note="the idiom 'Grace under pressure' is a pun on her name, so every 'Grace' is NAME; a nurse from another hospital who is our patient",
)
n(
    "en",
    "anonymous_story",
    'A teen on 6 South made a TikTok explaining chemo to her little brother using Legos. 🧱\n\nThe red bricks were the "bad cells," the blue ones were the medicine, and a minifigure in a hard hat was "the nurse who supervises." Her mom said we could tell you about it — but not who she is.\n\nIt\'s brilliant, and honestly better than some of our handouts. Our child life team is already asking for tips. 💛',
    "anonymous teen patient",
)
p(
    "es",
    "pasted_record",
    "Para: equipo de comunicación\nAsunto: historia de la Sra. Noemí Arreola\n\nLa paciente aceptó compartir su historia, pero SOLO con su primer nombre. Datos para el expediente interno (no publicar):\n- Fecha de nacimiento: 22/07/1969\n- N.º de cuenta: 4410-88-2\n- Habitación 612-B (durante su cirugía)\n- Fecha de la cirugía: 5 de junio\n- Hija: Paola Arreola, paola.arreola@yahoo.com\n\nGracias.",
    [
        ("NAME", "Noemí Arreola"),
        ("DATE", "22/07/1969"),
        ("ACCOUNT", "4410-88-2"),
        ("OTHER_ID", "Habitación 612-B"),
        ("DATE", "5 de junio"),
        ("NAME", "Paola Arreola"),
        ("EMAIL", "paola.arreola@yahoo.com"),
    ],
    note="day-first DOB; account number; room with keyword",
)
n(
    "es",
    "statistic",
    "🔔 En 2024, 418 pacientes tocaron la campana en Kestrel Ridge.\n\nDe ellos, 71 recibieron atención con nuestras navegadoras en español, y 23 eran niños del 6º piso. Cada campanada es el final de un camino difícil, y el comienzo de otro: la vida después del cáncer.\n\nSi terminó su tratamiento, nuestra clínica de sobrevivientes le acompaña. 📞 360-555-0177",
    "aggregate numbers",
)
p(
    "en",
    "milestone_birthday",
    '🎂 Ninety-nine and still the best-dressed man in the infusion suite.\n\nHappy birthday to Mr. Leland Pruett, who turns 99 today and insisted on coming in for his treatment in a bow tie, as always. His daughter Marjorie brought cupcakes, and his great-granddaughter Tessa led the room in "Happy Birthday."\n\nMr. Pruett, here\'s to many more! 🎩',
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Leland Pruett"),
        ("NAME", "Pruett", "*"),
        ("AGE", "99"),
        ("NAME", "Marjorie"),
        ("NAME", "Tessa"),
    ],
    note="age over 89 spelled out and as a number; 'today' is relative",
)
n(
    "en",
    "milestone_birthday",
    "🎉 Happy 93rd birthday to Dr. Eleanor Hartwell, who founded our pediatric oncology program in 1971!\n\nDr. Hartwell treated some of the first children in the Northwest to survive Wilms tumor and Hodgkin lymphoma. Many of those kids — now grandparents — still send her cards every year.\n\nShe retired in 2002 but still reads every issue of our newsletter, red pen in hand. 🖊️💛",
    "retired founding physician: staff age over 89 is not labelled; former patients anonymous",
)
p(
    "en",
    "patient_story",
    "💛 Kaden's Closet is open!\n\nWhen Kaden Wu was in treatment for Hodgkin lymphoma at 15, he hated wearing hospital gowns. So after he finished, he and his mom, Shirley, started collecting comfy hoodies, joggers and port-access shirts for teens in treatment.\n\nKaden's Closet now has its own room on 6 South, stocked with more than 600 pieces of clothing. Kaden, now 19, still sorts donations every other Saturday.\n\nWant to donate new clothing? Drop it at the Foundation office (2200 Cedar Crest Boulevard, suite 110) or call 360-555-0163.",
    [("NAME", "Kaden Wu"), ("NAME", "Kaden", "*"), ("NAME", "Shirley")],
    note="program named after a former patient; the hospital's address and phone are not labelled",
)
n(
    "en",
    "research",
    "Congrats to genetic counselor Marisol Vega, MS, CGC, whose paper on cascade testing in Lynch syndrome families was just published in Genetics in Medicine! 🧬 #KRCCResearch",
    "staff researcher and eponym",
)
p(
    "en",
    "thank_you",
    "Dear Mrs. Pham in bed 3: thank you for the 200 origami stars. Our whole unit is sparkling. Happy last chemo! ⭐ — 5 East",
    [("NAME", "Pham"), ("OTHER_ID", "bed 3")],
)
n(
    "en",
    "crisis_update",
    "😷 Flu season reminder\n\nStarting December 1, masks are required in all patient care areas of Kestrel Ridge Cancer Center, including the infusion suites, radiation waiting rooms and inpatient floors.\n\nPeople in cancer treatment can get much sicker from the flu, RSV and COVID. Masks are free at every entrance.\n\nIf you have a fever, cough or sore throat, please reschedule your visit or call 360-555-0142 before coming in. Thank you for protecting our patients. 💙",
    "policy date and hospital line",
)
p(
    "es",
    "patient_story",
    "🎉 ¡Mateíto terminó la quimio!\n\nA los 3 años, Mateo Sánchez Ortiz es uno de nuestros pacientes más pequeños. Después de 10 meses de tratamiento contra un tumor de Wilms, hoy tocó la campana en brazos de su papá, Efrén, mientras su mamá, Griselda, grababa todo para los abuelos en Tlaxiaco.\n\n¡Felicidades, Mateíto! Te queremos mucho. 💙",
    [
        ("NAME", "Mateíto", "*"),
        ("NAME", "Mateo Sánchez Ortiz"),
        ("NAME", "Efrén"),
        ("NAME", "Griselda"),
        ("GEO", "Tlaxiaco"),
    ],
    note="diminutive and full name; grandparents' foreign town",
)
n(
    "es",
    "public_figure",
    "📖 ¿Sabía que el linfoma de Hodgkin lleva el nombre del médico inglés Thomas Hodgkin, quien lo describió en 1832?\n\nCasi 200 años después, más del 85% de los pacientes se curan. Todo gracias a la investigación y a los pacientes que participan en estudios clínicos. 🧪 #HistoriaDeLaMedicina",
    "historical figure and eponym",
)
p(
    "en",
    "pasted_record",
    "Note for the memorial post: family says use CaringBridge, not GoFundMe. Page: caringbridge.org/visit/howardtheduckhansen — portal username for updates is hhansen1947. Howard passed 3/2 on 7 North.",
    [
        ("URL", "caringbridge.org/visit/howardtheduckhansen"),
        ("OTHER_ID", "hhansen1947"),
        ("NAME", "Howard"),
        ("DATE", "3/2"),
    ],
    note="portal user name is OTHER_ID; the unit is not labelled",
)
n(
    "en",
    "event",
    "🏃‍♀️ Ridge to River 5K — THANK YOU!\n\n2,214 runners, walkers and rollers. 312 survivors in the survivor lap. $187,000 raised for survivorship programs.\n\nCongrats to our fastest finishers (overall winner: 16:42!), our youngest participant (3 weeks old, in a stroller), and the 41 teams who ran in honor or in memory of someone they love.\n\nSee you next year! 💚 #RidgeToRiver",
    "event results with no names",
)
p(
    "en",
    "patient_story",
    'When your oncologist says "see you in a year" instead of "see you in 3 weeks" 🥹 Congrats on 5 years NED, Captain Ruiz! ⚓ #SurvivorStrong',
    [("NAME", "Ruiz")],
    note="surname only after a title, at the very end",
)
n(
    "en",
    "staff_spotlight",
    "💙 Happy Nurses Week to the 412 nurses of Kestrel Ridge!\n\nYou hold hands at 3 a.m. You explain the same side effect for the tenth time like it's the first. You dance at bell ringings. You remember birthdays and dogs' names and how someone takes their coffee.\n\nThank you for everything you do. #NursesWeek #KRCCNursing",
    "a staff count, not a room number",
)
p(
    "en",
    "discharge",
    "Discharge day for Bear! 🐻 Our 7-yo Ewing sarcoma warrior is headed home to Sequim after 3 weeks of post-surgery rehab. Go get 'em, Bear.",
    [("NAME", "Bear", "*"), ("GEO", "Sequim")],
    note="animal-word nickname as the name; home town",
)
n(
    "en",
    "eponymous_condition",
    "Teen or young adult with bone pain that won't quit? Osteosarcoma and Ewing sarcoma peak between 10 and 20. Don't write it off as growing pains. #SarcomaAwareness",
    "eponym, population ages",
)
p(
    "en",
    "memorial",
    "🏃 Miles for Miles\n\nMiles Carrington loved to run. Before his diagnosis with Ewing sarcoma at 14, he ran cross-country; after his leg surgery here, he learned to run again on a blade.\n\nMiles died in March 2023. This Saturday, his family and teammates will run 14 miles — one for every year of his life — from his home in Lacey to our front door.\n\nMiles for Miles, always. 💙",
    [
        ("NAME", "Miles", 2),
        ("NAME", "Miles Carrington"),
        ("NAME", "Miles", 4),
        ("NAME", "Miles", 6),
        ("DATE", "March 2023"),
        ("GEO", "Lacey"),
    ],
    note="'Miles for Miles': the first is the unit, the second the name; month and year of death; the run's date is an event date",
    ok=("Miles",),
)
n(
    "en",
    "sponsor",
    '🦁 Thank you to the Lacey Lions Club!\n\nOur infusion patients spend up to eight hours in a chair. Thanks to a $60,000 gift from the Lacey Lions, every one of those chairs in our Alder Falls and Port Linden infusion suites has now been replaced with a new heated recliner.\n\n"We wanted people to be as comfortable as possible on the hardest days," said club president Darlene Moore.\n\nThank you, Lions! 💛',
    "sponsor club and its president",
)
p(
    "es",
    "thank_you",
    "Mil gracias a la Dra. Marañón por detectar a tiempo el síndrome de Lynch en mi familia. Mi hermana Lorena y yo estamos sanas gracias a usted. 💜 — Silvia",
    [("NAME", "Lorena"), ("NAME", "Silvia")],
    note="comment from two sisters who are genetics-clinic patients; the doctor is not labelled",
)
n(
    "es",
    "recruitment",
    "💼 ¡Estamos contratando!\n\nBuscamos intérpretes médicos de español certificados para nuestro centro de cáncer en Alder Falls y la clínica de Port Linden. Ofrecemos horario flexible, beneficios completos y capacitación en terminología oncológica.\n\nSolicite en cnwuhealth.org/careers (puesto R-20533). ¡Ayúdenos a cuidar a nuestra comunidad en su idioma! 💚",
    "recruitment",
)
p(
    "es",
    "discharge",
    "¡Hoy se fue a casa Lupita, de 5 años, después de su trasplante! 🏠💜 Sus hermanos la esperaban con globos en el estacionamiento. #FuerzaLupita",
    [("NAME", "Lupita"), ("NAME", "#FuerzaLupita")],
)
n(
    "es",
    "health_tip",
    "☀️ Si recibió radioterapia, su piel puede ser más sensible al sol por años. Use protector solar FPS 30 o más y cubra la zona tratada. #Sobrevivientes",
    "general tip",
)
p(
    "en",
    "pasted_record",
    "bell at 2pm — MRN 0048-2291, room 715. no name on the post per family request, just 'our friend in 715 is DONE' 🎉",
    [("MRN", "0048-2291"), ("OTHER_ID", "room 715")],
    note="no name, but an MRN and a room number; the bare '715' without keyword is not labelled",
)
n(
    "en",
    "hospital_contact",
    "Media inquiries: please contact Kestrel Ridge communications at 360-555-0186 or media@kestrelridgecancer.org. We do not share patient information without written consent.",
    "hospital media contact",
)

if __name__ == "__main__":
    S.main("phi_dev7_source")
