"""Blind development set d19 for the PHI scanner: tests/data/phi_dev19.jsonl.

Organisation: the fictional Hilo Bay Medical Center (main campus in Hilo on the
Island of Hawaiʻi, clinics in Pāhoa, Honokaʻa and Kaʻū/Nāʻālehu; see
phi_dev19_org.json). Its phone numbers, street addresses, domains and handles are
never PHI.

Focus: East Hawaiʻi communities (Native Hawaiian, Ilocano Filipino, Japanese and
Okinawan, Portuguese, Marshallese and Micronesian families), Pidgin and Hawaiian
words (ʻohana, keiki, kūpuna, tūtū, mahalo), first names that are ordinary Hawaiian
words or place names (Kai, Nalu, Koa, Lani, Makana, Puna, Kona, Waimea), lava,
tsunami, vog, flood, earthquake and storm updates, surfing, fishing and canoe
injuries, hula and Merrie Monarch, kūpuna over 90, babies born during storms,
names written with and without ʻokina / kahakō, traveling nurses, and internal
notes pasted by mistake. 240 posts, 120 patient-specific; 26 posts (about 11%) in
Spanish for coffee and macadamia farmworker families.

Labelling decisions this set takes where the rules leave room:
- The ʻokina (U+02BB) is a letter: it is inside NAME/GEO spans ("Kaʻiulani",
  "Keaʻau"). The same name written with an ASCII apostrophe or without ʻokina or
  kahakō ("Ka'iulani", "Naone" vs "Nāone") is labelled as written, every variant.
- Kinship honorifics used as titles are not part of a NAME span, like Mr./don:
  Uncle, Aunty, Tūtū/tūtū, Kupuna, Lola/Lolo, Manong, Vovó, Papa, Capt., Coach,
  Don/Doña. "ʻohana"/"family" after a surname is excluded ("the Santos ʻohana"
  -> "Santos").
- A nickname used as the patient's name ("Shaka Uncle", "Chepe", "Boy") is NAME.
  Hurricane / tropical-storm names, the goddess Pele, pets and staff are never
  labelled, even when the same word is also a patient's name in the same post
  (those occurrences are declared with ok=...).
- GEO tied to a patient or relative includes: home town, district (Puna, Kaʻū,
  Hāmākua), subdivision (Leilani Estates, Hawaiian Paradise Park), neighbourhood
  (Keaukaha, Bayfront, Waiākea Uka), street, PO Box ("PO Box 1182") and ZIP; the
  home towns of relatives; the place of work of a patient when given (a farm in
  Kaʻū, a cane field area); and the named beach, surf break, fishing spot,
  waterfall or road where the patient was hurt (Honoliʻi, Leleiwi, Richardson's,
  Rainbow Falls, Highway 11). The same place names used for the hospital's own
  clinics ("our Pāhoa clinic", "las enfermeras de Honokaʻa"), for event venues
  (a fundraiser at a canoe hālau), for the area of a public crisis update or for
  a population are not GEO. "Hilo" inside "Hilo Bay" naming the hospital is not.
- Foreign cities and islets (Ebeye, Majuro, Weno, Laoag) are GEO; countries and
  first-level states (Marshall Islands, Chuuk, Pohnpei, Hawaiʻi) are not. Another
  Hawaiian island tied to the patient (Lānaʻi) is GEO (smaller than the state).
- An age over 89 makes a post patient-specific even when the patient is not
  named ("a 92-year-old man from Keaukaha"). "kajimaya" (the Okinawan 97th
  birthday) states an age over 89 and is AGE like "nonagenarian"; "beiju" (88th)
  is not. A number that is not an age ("90-minute hula", "mile marker 19",
  "4/0 hook", "90+ kūpuna" for a population) is not labelled.
- DATE also covers the date of a deceased patient's services, a named holiday on
  which the patient's birth, death or discharge happened (Lei Day, Boys' Day,
  Kamehameha Day, Valentine's Day, Nochebuena, Día de Muertos, Thanksgiving), and
  both dates of a pasted note that corrects a wrong discharge date. A festival of
  several days (Merrie Monarch week) and a future plan ("back by Christmas") are
  not dates of the patient. Two-digit years attached to a date stay in the span
  ("2/22/22").
- Staff who are patients (a nurse giving birth, an engineer after a stroke, a
  doctor with a fishhook injury) and staff or donors introduced as a patient's
  relative are labelled; public figures who are patients are labelled; the same
  public figure visiting is not.
- Room and bed numbers keep their keyword ("room 412", "Rm 401", "bed 6",
  "hab. 305"); a family's social handle and a portal user name are OTHER_ID; a
  fundraising URL naming the patient is one URL span; "Pictured"/"foto" of the
  patient is PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev19.jsonl"), os.path.join(HERE, "phi_dev19_org.json"), "d19")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

p(
    "en",
    "crisis_update",
    'Lava update: Uncle Sonny Kahananui, the Kalapana fisherman who refused to leave his house until the flow was 200 yards away, is resting in our ICU after smoke inhalation. His ʻohana asked us to share that he is "more grumpy than sick." Mahalo to the Hawaiʻi Fire Department crews who got him out.',
    [("NAME", "Sonny Kahananui"), ("GEO", "Kalapana")],
    note="crisis update that names a patient; Uncle is a title; 200 yards is not an age",
)

n(
    "en",
    "crisis_update",
    "LAVA UPDATE 6/14, 7:00 a.m. — Highway 130 remains closed past mile marker 19. Our Pāhoa clinic (15-2960 Pāhoa Village Road) is OPEN with extended hours 7am–9pm. Kūpuna on oxygen who need to evacuate can call 808-555-0123 for help arranging transport. Please do not drive to the flow to take pictures.",
    "public crisis update; date of the update, clinic address and phone are the hospital's",
)

p(
    "en",
    "birth_announcement",
    "She couldn't wait for the storm to pass! 🌧️ Baby Malia Keanuenue Santos arrived at 2:14 a.m. on August 22 while Tropical Storm Malia knocked out power across the island. Mom Jolene says the name was picked months ago — \"but now it's a good story.\" Welcome to the world, little one! Congratulations to the whole Santos ʻohana 💛",
    [
        ("NAME", "Malia Keanuenue Santos"),
        ("DATE", "August 22"),
        ("NAME", "Jolene"),
        ("NAME", "Santos", 2),
    ],
    note="baby shares her name with the tropical storm; the storm name is not labelled",
    ok=("Malia",),
)

n(
    "en",
    "staff_spotlight",
    'Meet Kai! 🌊 Kai has been a respiratory therapist on our 3 Makai unit for 11 years and has surfed Honoliʻi almost every morning before shift. When we asked for his best advice to new grads: "Eat before you chart." Mahalo for everything you do, Kai! #HBMCProud',
    "staff spotlight with a first name that is a Hawaiian word; the surf break is the staff member's hobby",
)

p(
    "en",
    "milestone_birthday",
    "Hauʻoli lā hānau to our Kaʻū clinic's favorite kupuna! Mrs. Haruko Nakamura turned 101 this week and came in for her flu shot wearing a crown her great-grandkids made. She still tends her orchids in Pāhala every morning. 🎂🌺",
    [("NAME", "Haruko Nakamura"), ("AGE", "101"), ("GEO", "Pāhala")],
    note="Kaʻū clinic is the hospital's; Pāhala is her home",
)

n(
    "en",
    "health_tip",
    "Heading out to Richardson's this weekend? Box jellyfish are expected 8–10 days after the full moon. If you get stung: rinse with vinegar, don't rub, and call Poison Control at 1-800-222-1222. Keiki under 5 should stay on the sand those days. 🪼",
    "safety tip; a beach named after a person, national poison line",
)

p(
    "en",
    "pasted_record",
    "pt KEAKEALANI, NOHEA  MRN 4471-0932  DOB 03/11/1958  rm 214B  dx: L tib/fib fx s/p fall from canoe trailer — f/u ortho Tues",
    [
        ("NAME", "KEAKEALANI, NOHEA"),
        ("MRN", "4471-0932"),
        ("DATE", "03/11/1958"),
        ("OTHER_ID", "rm 214B"),
    ],
    note="chart line pasted by mistake; Tues is a weekday",
)

n(
    "en",
    "event",
    "Our canoe club friends at Keaukaha Paddlers are hosting a free water-safety day Saturday, June 7, 9am–noon at Reeds Bay. Our ER nurses will teach CPR and hands-only rescue. Bring your keiki and a water bottle! 🛶",
    "community event; date and venue of the event",
)

p(
    "en",
    "thank_you",
    "mahalo nui to kawika and his mom for the huge tray of butter mochi they dropped off for the 4th floor nurses after his appendix surgery!! we ate it in like 10 minutes 😂",
    [("NAME", "kawika")],
    note="lower-case first name of a surgical patient",
)

n(
    "en",
    "public_figure",
    "It was an honor to host State Senator Lorna Kahale today as she toured our new cardiac cath lab. The senator met with nurses and kūpuna volunteers and talked about rural access in Kaʻū. Mahalo for your support!",
    "public figure visiting, not a patient",
)

p(
    "en",
    "memorial",
    "Aloha ʻoe, Tūtū Lokelani. For 30 years Lokelani Pilialoha Kahale sang to every patient on 2 Mauka, first as a volunteer and, these last three months, as one of them. She passed peacefully on Friday with her moʻopuna holding her hands. Services will be held March 9. 🌺",
    [("NAME", "Lokelani", 1), ("NAME", "Lokelani Pilialoha Kahale"), ("DATE", "March 9")],
    note="volunteer who became a patient; service date of the deceased patient is DATE; Friday is not",
)

n(
    "en",
    "anonymous_story",
    "Last night a keiki was born in the back of a pickup truck on the shoulder of the highway. Mom, baby and the very shaken dad are all doing great. Huge mahalo to the Medic 7 crew and to the trucker who stopped to light the scene with his headlights. 🚑💛",
    "anonymous birth story; Medic 7 is an ambulance unit",
)

p(
    "en",
    "discharge",
    "Going home day for KOA!!! 🎉 After 61 days in our NICU, our tiniest warrior (born at 24 weeks on Christmas Eve) is finally heading home to Hawaiian Paradise Park. #KoaStrong",
    [
        ("NAME", "KOA"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Hawaiian Paradise Park"),
        ("NAME", "#KoaStrong"),
    ],
    note="ALL-CAPS name, holiday birth date, subdivision, name hashtag",
)

n(
    "en",
    "statistic",
    "In 2024 our Emergency Department saw 41,212 visits, including 1,108 ocean-related injuries. 92 of those were spinal injuries from shorebreak. Please: never turn your back on the ocean. 🌊",
    "statistics; 92 is a count, not an age",
)

p(
    "en",
    "patient_story",
    "When Nalu wiped out at Honoliʻi in January, he thought it was just a bad bruise. Two days later he couldn't lift his arm. Our ortho team found a torn rotator cuff — at 17. Nalu is back in the water this month and wanted other young surfers to hear it: get it checked!",
    [("NAME", "Nalu", "*"), ("GEO", "Honoliʻi"), ("DATE", "January")],
    note="name that is the Hawaiian word for wave; surf break of the injury; month of injury; 17 not labelled",
)

n(
    "en",
    "health_tip",
    "ʻOhana, ciguatera season is real. If you ate reef fish and feel tingling in your lips, hot/cold reversal, or vomiting, come see us. Don't eat the head or organs of big roi, kole or kākū. Questions? Call our nurse line 808-555-0100.",
    "health tip with the hospital's nurse line",
)

p(
    "en",
    "pasted_record",
    "BILLING NOTE - do not post: acct 88120437 / Med-QUEST ID 4050921183 / guarantor: Tomas Ramos (father) / pt: Angelica Ramos / svc 2/3 ER visit / addr 16-1820 Pikake St, Keaʻau 96749",
    [
        ("ACCOUNT", "88120437"),
        ("HEALTH_PLAN", "4050921183"),
        ("NAME", "Tomas Ramos"),
        ("NAME", "Angelica Ramos"),
        ("DATE", "2/3"),
        ("GEO", "16-1820 Pikake St"),
        ("GEO", "Keaʻau"),
        ("GEO", "96749"),
    ],
    note="billing note pasted by mistake",
)

n(
    "en",
    "staff_spotlight",
    "Welcome to our newest traveling nurses! Brittany (Ohio), Marisol (Texas) and Jun (Guam) join 4 North for the next 13 weeks. Please give them the real Hilo welcome — and tell them where to get the best loco moco. 🍳",
    "traveling nurses with first names and home states",
)

p(
    "en",
    "public_figure",
    'Mahalo to everyone who sent well-wishes: Coach Dwayne "Big D" Kealoha of the Vulcans is recovering well after heart surgery here on Tuesday and asked us to tell his players to run their laps anyway. 😄',
    [("NAME", 'Dwayne "Big D" Kealoha')],
    note="public figure who is the patient; Coach is a title; weekday not labelled",
)

n(
    "en",
    "public_figure",
    "Pro surfer Makana Pilago stopped by the pediatric floor today to sign boards and talk ocean safety with the keiki. Mahalo, Makana! 🏄",
    "visiting athlete with a Hawaiian-word name, not a patient",
)

p(
    "en",
    "thank_you",
    "To the family of Kaleo Domingo: your letter made our whole rehab team cry (the good kind). Watching Kaleo walk out of here after the crash on Highway 11 is why we do this work. Mahalo for trusting us.",
    [("NAME", "Kaleo Domingo"), ("NAME", "Kaleo", 2), ("GEO", "Highway 11")],
    note="road of the patient's crash is GEO",
)

n(
    "en",
    "eponymous_condition",
    "November is Alzheimer's Awareness Month. Our memory clinic in Honokaʻa offers free screenings every Thursday. Caregivers of kūpuna with Alzheimer's or Lewy body dementia can join our support group: call 808-555-0134.",
    "eponymous conditions, clinic location and phone are the hospital's",
)

p(
    "en",
    "birth_announcement",
    "Our very own L&D charge nurse Pua Kealoha-Reyes delivered on HER OWN unit this time! 😂 Welcome baby Ikaika, born 5/4 at 8 lb 2 oz. Pua says the hardest part was not telling everyone how to do their job. Congrats, mama!",
    [("NAME", "Pua Kealoha-Reyes"), ("NAME", "Ikaika"), ("DATE", "5/4"), ("NAME", "Pua", 2)],
    note="staff member who is the patient (mother) is labelled",
)

n(
    "en",
    "recruitment",
    "Now hiring: RNs for our Kaʻū clinic in Nāʻālehu! Sign-on bonus, housing stipend for traveling nurses, and the best sunrise commute on the island. Apply at hilobaymed.org/careers or DM @HBMC_Careers.",
    "recruitment; hospital clinic, domain and handle",
)

p(
    "en",
    "milestone_birthday",
    'Naragsak nga kasangay, Manong Tino! 🎉 Florentino "Tino" Agbayani turned 90 on Sunday and celebrated with our Honokaʻa clinic staff between his blood pressure check and a plate of pinakbet. He cut cane in Hāmākua for 38 years and still drives himself to every appointment.',
    [
        ("NAME", "Tino", 1),
        ("NAME", 'Florentino "Tino" Agbayani'),
        ("AGE", "90"),
        ("GEO", "Hāmākua"),
    ],
    note="Ilocano greeting; Manong is a title; age exactly 90; district where he worked",
)

n(
    "en",
    "event",
    "Merrie Monarch week is here! 🌺 Our first-aid tents will be at Edith Kanakaʻole Stadium and Afook-Chinen Civic Auditorium April 20–26. Hula hālau: hydrate, and send your dancers to us for any ankle or knee pain.",
    "festival dates and venues named after people",
)

p(
    "en",
    "patient_story",
    "Iakwe! This is Jeban's story, shared with his family's permission. Jeban Lañinbit came to Hilo from Ebeye when he was six, with a heart working far too hard because of rheumatic heart disease. Our pediatric cardiology team followed him for years, and last month he finally had his mitral valve repaired. Now 14, Jeban is in cardiac rehab with us and wants to be a canoe steersman. His mother, Neimi, says: \"Kommol tata to everyone who never gave up on my boy.\"",
    [
        ("NAME", "Jeban Lañinbit"),
        ("NAME", "Jeban", "*"),
        ("GEO", "Hilo"),
        ("GEO", "Ebeye"),
        ("NAME", "Neimi"),
    ],
    note="Marshallese family; foreign islet is GEO; Hilo is the family's home; ages under 90",
)

n(
    "en",
    "anonymous_story",
    "A kupuna in her late 80s told our chaplain this week that she hadn't had a visitor in months. So our volunteers started a weekly talk-story hour on 2 Mauka. Last Wednesday, 11 kūpuna came. 💛",
    "anonymous; age under 90; weekday and unit only",
)

p(
    "es",
    "patient_story",
    "Don Aurelio Méndez lleva 22 años cosechando café en Pāhala. El 3 de noviembre se cortó la mano con un machete y llegó a nuestra clínica de Kaʻū. Después de la cirugía y la terapia, hoy regresó al trabajo. ¡Gracias, don Aurelio, por confiar en nosotros!",
    [
        ("NAME", "Aurelio Méndez"),
        ("GEO", "Pāhala"),
        ("DATE", "3 de noviembre"),
        ("NAME", "Aurelio", 2),
    ],
    note="farmworker; don is a title; clínica de Kaʻū is the hospital's",
)

n(
    "es",
    "health_tip",
    "Trabajadores del café y la macadamia: el calor en Kona y Kaʻū puede ser peligroso. Tomen agua cada 15 minutos, descansen en la sombra y busquen ayuda si tienen mareo o calambres. Nuestra clínica de Kaʻū atiende sin cita: 808-555-0145.",
    "heat tip for a population; hospital phone",
)

p(
    "en",
    "pasted_record",
    "4N census 0700: Rm 401 – Kahananui M. (CHF) / Rm 402 – empty / Rm 403 – Fujimoto, Grace (post-op hip, 93 y/o) / Rm 405 – Pedro Baptista (COPD) — pls don't put this in the newsletter lol",
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "Kahananui M."),
        ("OTHER_ID", "Rm 403"),
        ("NAME", "Fujimoto, Grace"),
        ("AGE", "93"),
        ("OTHER_ID", "Rm 405"),
        ("NAME", "Pedro Baptista"),
    ],
    note="room list pasted by mistake; the empty room is not labelled",
)

n(
    "en",
    "sponsor",
    "Mahalo to Kamaʻāina Mart and the Hilo Lions Club for sponsoring our Keiki Car Seat Check day! 212 seats checked, 180 replaced. 🚗",
    "sponsor thanks; counts",
)

p(
    "en",
    "campaign_hashtag",
    "Wear blue for Makana this Friday! 💙 Our pediatric unit is going all-in for our favorite 8-year-old fighter. Post your pics with #MakanaStrong #HBMCKeiki",
    [("NAME", "Makana"), ("NAME", "#MakanaStrong")],
    note="name hashtag next to a campaign hashtag; age under 90",
)

n(
    "en",
    "campaign_hashtag",
    "Every gift is a makana. 🎁 This holiday season, #GiveAloha to the Hilo Bay Medical Center Foundation and help buy a second NICU transport isolette. hbmc-foundation.org",
    "makana used as the word 'gift'; campaign hashtag",
)

p(
    "en",
    "memorial",
    "We are heartbroken to share that Capt. Ben Ferreira, the retired tugboat captain from Kurtistown who brought pão doce to our ER every Christmas for 25 years, died here on Sunday after a short illness. He was 94. Obrigado, Ben. Your sweet bread and your stories will be missed.",
    [("NAME", "Ben Ferreira"), ("GEO", "Kurtistown"), ("AGE", "94"), ("NAME", "Ben", 2)],
    note="Portuguese family; Christmas is not the patient's event",
)

n(
    "en",
    "memorial",
    "Our Hilo Bay ʻohana is mourning Dr. Harold Tanimoto, who delivered more than 6,000 Big Island babies between 1968 and 2002. He passed away at home in Volcano on July 2 at age 91. His family asks that donations go to the HBMC Nursing Scholarship.",
    "memorial of a former staff doctor who was not our patient; his age and date are not labelled",
)

p(
    "en",
    "eponymous_condition",
    "Meet Leilani. At 7 she was diagnosed with Kawasaki disease after a week of fevers nobody could explain. Today she's a healthy 12-year-old who dances hula and wants every parent to know the signs: red eyes, rash, swollen hands. #KawasakiAwareness",
    [("NAME", "Leilani")],
    note="eponymous condition with a named patient",
)

n(
    "en",
    "eponymous_condition",
    "Did you know? Kawasaki disease is the leading cause of acquired heart disease in keiki in the US, and Hawaiʻi has the highest rate in the nation. Dr. Tomisaku Kawasaki first described it in Japan in 1967.",
    "eponymous condition and the historical physician",
)

p(
    "en",
    "patient_story",
    "From the ICU to the finish line 🏃‍♂️ Last year Kimo Akaka collapsed at mile 3 of the Big Island Marathon with a cardiac arrest. Bystander CPR and our cath lab team brought him back. On Sunday he ran the whole thing again — and our cardiac rehab nurses were waiting at the finish with lei.",
    [("NAME", "Kimo Akaka")],
    note="relative times and weekday are not dates; mile 3 is not an age",
)

n(
    "en",
    "event",
    "🎉 Kūpuna Fair this Saturday in the Hilo Bay Medical Center lobby, 1420 Kaiāulu Street. Free blood pressure checks, Medicare help, and hula by the Keaukaha kūpuna hālau. 90+ kūpuna get a free lei! Info: 808-555-0100",
    "event; 90+ is a population; hospital address and phone",
)

p(
    "en",
    "public_figure",
    'Sharing with her permission: State Rep. Mele Kanahele is recovering with us after fracturing her wrist in a fall at the Kaumana Drive home she shares with her husband, Francis. She expects to be back at the Capitol next week and says "watch your step, everybody."',
    [("NAME", "Mele Kanahele"), ("GEO", "Kaumana Drive"), ("NAME", "Francis")],
    note="public figure who is the patient; her street and husband",
)

n(
    "en",
    "staff_spotlight",
    "Shoutout to Makoa in Environmental Services, who found a kupuna's lost hearing aid in a laundry bin at 3 a.m. and made sure it was back in her ear before breakfast. ✨",
    "staff first name; the patient is anonymous",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Xiomara! 🎀 Nació el 1 de mayo a las 6:40 a.m., justo cuando sus papás, Rosa y Efraín Cruz, terminaban la cosecha en la finca de Holualoa. Pesó 7 libras. ¡Felicidades a la familia Cruz!",
    [
        ("NAME", "Xiomara"),
        ("DATE", "1 de mayo"),
        ("NAME", "Rosa"),
        ("NAME", "Efraín Cruz"),
        ("GEO", "Holualoa"),
        ("NAME", "Cruz", 2),
    ],
    note="Spanish birth announcement; parents' farm town",
)

n(
    "es",
    "event",
    "Este sábado 14 de junio habrá vacunas gratis para niños en nuestra clínica de Pāhoa, 15-2960 Pāhoa Village Road, de 8 a 12. Traigan la tarjeta de vacunas. Más información: 808-555-0123.",
    "event date and hospital clinic address",
)

p(
    "en",
    "pasted_record",
    "FYI for 3 Mauka — wristband 0098812 belongs to Lani Yamashiro, NOT Lani Yamasaki. Pharmacy mixed them up again. Yamashiro is room 312, Yamasaki is room 318.",
    [
        ("OTHER_ID", "0098812"),
        ("NAME", "Lani Yamashiro"),
        ("NAME", "Lani Yamasaki"),
        ("NAME", "Yamashiro", "*"),
        ("NAME", "Yamasaki", "*"),
        ("OTHER_ID", "room 312"),
        ("OTHER_ID", "room 318"),
    ],
    note="internal note about two patients with look-alike names",
)

n(
    "en",
    "hospital_contact",
    "Phones are down at our Honokaʻa clinic after the windstorm. Until further notice, please call 808-555-0100 or message us at @HiloBayMed. For emergencies call 911.",
    "hospital numbers and handle",
)

p(
    "en",
    "thank_you",
    "A huge mahalo to the Fonoti-Lee family, who donated 40 handmade quilts to our pediatric floor in memory of their son Jacob, who spent his last months with us in 2019.",
    [("NAME", "Fonoti-Lee"), ("NAME", "Jacob")],
    note="donors introduced as a patient's family are labelled; bare year not",
)

n(
    "en",
    "sponsor",
    "Mahalo to the Yamada Family Foundation for the new Yamada Keiki Garden outside our pediatric wing! 🌱 Opening ceremony Oct 4 at 10 a.m.",
    "donor family naming a garden; event date",
)

p(
    "en",
    "milestone_birthday",
    "HAPPY 100TH BIRTHDAY TO AUNTY MAY KAʻAWALOA!!! 💯🌺 SHE WAS BORN ON LEI DAY IN KAPOHO AND SAYS THE SECRET IS POI EVERY DAY AND NO GRUDGES. LOVE FROM YOUR 2 MAKAI NURSES",
    [("AGE", "100TH"), ("NAME", "MAY KAʻAWALOA"), ("DATE", "LEI DAY"), ("GEO", "KAPOHO")],
    note="ALL CAPS; first name May looks like a month; birth on a named holiday",
)

n(
    "en",
    "health_tip",
    "Lei Day is May 1! 🌸 If you're making lei with plumeria, wash your hands after — the sap can irritate skin and eyes, especially for keiki.",
    "holiday that is not a patient's event",
)

p(
    "en",
    "patient_story",
    "koa & his tūtū came back to visit the ER team that took care of him after that moray eel bite off Leleiwi in july. 14 stitches and zero fear of the ocean 🐟 he's already asking when he can go spearfishing again",
    [("NAME", "koa"), ("GEO", "Leleiwi"), ("DATE", "july")],
    note="lower-case name that is a common word; fishing spot and month of the injury",
)

n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back for a visit this week — now a first grader who can name every fish at the farmers market. Moments like this. 💛",
    "anonymous NICU graduate",
)

p(
    "en",
    "crisis_update",
    "Tsunami warning update 11:40 p.m.: The warning has been cancelled. Mahalo to everyone who evacuated. Our ER treated three people; one, a 92-year-old man from Keaukaha, was admitted for chest pain after walking to higher ground. All others released.",
    [("AGE", "92"), ("GEO", "Keaukaha")],
    note="unnamed patient but age over 89 and his neighbourhood",
)

n(
    "en",
    "crisis_update",
    "TSUNAMI WARNING: If you are in an evacuation zone (Bayfront, Keaukaha, Waiākea peninsula), move to higher ground NOW. Hilo Bay Medical Center is above the zone and remains open. Do not call 911 for information — tune to civil defense radio.",
    "evacuation zones are public places, no patient",
)

p(
    "en",
    "pasted_record",
    "Re: pt callback — Mrs. Imelda Bautista, cell 808-555-0182, asking about her husband's biopsy results (Ernesto, DOB 7/19/1949). Please have Dr. Lum call back after 2.",
    [
        ("NAME", "Imelda Bautista"),
        ("PHONE", "808-555-0182"),
        ("NAME", "Ernesto"),
        ("DATE", "7/19/1949"),
    ],
    note="callback note; the wife is the patient's relative; the doctor is staff",
)

n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Noelani Bautista on her retirement after 31 years in our Family Medicine clinic! Dr. B delivered babies, set bones, and made house calls in Kaʻū long before anyone else would. A hui hou!",
    "staff retirement; initial of a doctor",
)

p(
    "en",
    "discharge",
    "Nohea Kapule is going home!! 🏠🌈 #NoheaStrong",
    [("NAME", "Nohea Kapule"), ("NAME", "#NoheaStrong")],
    note="very short tweet",
)

n(
    "en",
    "campaign_hashtag",
    "Our #HiloStrong blood drive is TOMORROW. 1 donation = up to 3 lives. Sign up: hilobaymed.org/blood",
    "campaign hashtag with a place name",
)

p(
    "en",
    "birth_announcement",
    "Born during Hurricane Lane, delivered by flashlight! ⚡ Baby Lane Kaleikini came on 8/24 at 11:52 p.m., just before the generator kicked in. Her parents say naming her after the storm was the only option.",
    [("NAME", "Lane Kaleikini"), ("DATE", "8/24")],
    note="baby named after the hurricane; the hurricane name is not labelled",
    ok=("Lane",),
)

n(
    "en",
    "crisis_update",
    "Hurricane Lane update: Our Hilo campus is on generator power and all patients are safe. Elective surgeries for Friday are postponed. Flooding on Waiānuenue Ave and Kaūmana Drive — please stay home unless you need emergency care.",
    "storm named like a person; flooded streets are public",
)

p(
    "en",
    "thank_you",
    "Mahalo, Uncle Benny and Aunty Gladys Pacheco, for sitting with every scared family in the waiting room during your grandson's three-week stay. You made our PICU a little brighter. 🧡",
    [("NAME", "Benny"), ("NAME", "Gladys Pacheco")],
    note="patient's grandparents named, patient not",
)

n(
    "en",
    "thank_you",
    "Mahalo to Aunty Gladys, our Tuesday lei-making volunteer, who has made more than 3,000 lei for patients since 2011!",
    "volunteer",
)

p(
    "en",
    "patient_story",
    "Night shift highlight: Kehau and Manny pulled a 3-inch ulua hook out of Malu Keawe's thumb at 3 a.m., and by 3:30 he was back to telling everyone about the fish that got away at Pohoiki. 🎣",
    [("NAME", "Malu Keawe"), ("GEO", "Pohoiki")],
    note="staff named without titles next to the patient",
)

n(
    "en",
    "health_tip",
    "Fishhook injuries are one of our most common summer visits. Don't yank it out — cut the line, cover it, and come in. Tetanus shot up to date? If it's been more than 5 years, you'll need one.",
    "tip",
)

p(
    "en",
    "milestone_birthday",
    "Tūtū Kanani turned 96 today in our Honokaʻa long-term care unit! She taught first grade for 41 years, and a dozen of her former students stopped by with ukulele for a serenade. 🎶",
    [("NAME", "Kanani"), ("AGE", "96")],
    note="Tūtū is a title; hospital unit is not GEO",
)

n(
    "en",
    "milestone_birthday",
    "Hilo Bay Medical Center turns 100 this year! 🎂 We opened on Kaiāulu Street on March 3, 1925 with 12 beds. Join our centennial lūʻau Saturday.",
    "the hospital's own birthday and founding date",
)

p(
    "es",
    "pasted_record",
    "NOTA INTERNA — no publicar: Paciente Guadalupe Ortiz Ríos, expediente 20-447193, ingresó el 12/08 por golpe de calor en la finca de Kaʻū. Contacto: su hijo Marco, 808-555-0179.",
    [
        ("NAME", "Guadalupe Ortiz Ríos"),
        ("MRN", "20-447193"),
        ("DATE", "12/08"),
        ("GEO", "Kaʻū"),
        ("NAME", "Marco"),
        ("PHONE", "808-555-0179"),
    ],
    note="internal note; the farm district is the place of the injury",
)

n(
    "es",
    "recruitment",
    "¿Hablas español e ilocano? Buscamos intérpretes médicos para nuestras clínicas de Pāhoa, Honokaʻa y Kaʻū. Tiempo completo con beneficios. Solicita en hilobaymed.org/careers.",
    "recruitment",
)

p(
    "en",
    "patient_story",
    'You may know him as "Shaka Uncle" from the Bayfront — the guy who waves at every car on Kamehameha Ave. What you may not know: he\'s been coming to our dialysis unit three times a week for six years. This week Shaka Uncle got the call: a kidney match! 🙏',
    [("NAME", "Shaka Uncle", "*"), ("GEO", "Bayfront"), ("GEO", "Kamehameha Ave")],
    note="nickname used as the patient's name; the street where he is known",
)

n(
    "en",
    "public_figure",
    "On King Kamehameha Day we remember that Queen Kapiʻolani founded a maternity home for Hawaiian mothers in 1890. Her legacy of care for wāhine and keiki inspires our Women's Center.",
    "historical figures",
)

p(
    "en",
    "birth_announcement",
    'Born on Kamehameha Day 👑 Welcome Kamehameha "Kam" Ioane, 9 lb 4 oz! Dad Kalani says the name was decided the second the nurse told him what day it was.',
    [("DATE", "Kamehameha Day"), ("NAME", 'Kamehameha "Kam" Ioane'), ("NAME", "Kalani")],
    note="holiday birth date and a baby named after the king",
)

n(
    "en",
    "event",
    "Kamehameha Day floral parade is Saturday! Our first-aid tent will be at the corner of Kalākaua and Keawe Streets. Stay hydrated out there. 🌺",
    "event location",
)

p(
    "en",
    "pasted_record",
    "Pls update: pt Domingo Ulep (rm 508) — pacemaker serial PJN661204H replaced 4/2, old device returned to manufacturer. Daughter Analyn picking up belongings.",
    [
        ("NAME", "Domingo Ulep"),
        ("OTHER_ID", "rm 508"),
        ("DEVICE", "PJN661204H"),
        ("DATE", "4/2"),
        ("NAME", "Analyn"),
    ],
    note="device serial and procedure date",
)

n(
    "en",
    "research",
    "New study from our Cardiology team with UH Hilo: among 1,240 Pacific Islander adults in East Hawaiʻi, rheumatic heart disease was 6x more common in those born in the Marshall Islands or Chuuk. Read more at hilobaymed.org/research.",
    "research on a population",
)

p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Esperanza Villalobos, de 93 años, quien falleció el 14 de febrero en nuestra unidad de cuidados paliativos. Durante años trajo tamales a las enfermeras de Honokaʻa. Descanse en paz.",
    [("NAME", "Esperanza Villalobos"), ("AGE", "93"), ("DATE", "14 de febrero")],
    note="doña is a title; enfermeras de Honokaʻa is the clinic staff",
)

n(
    "es",
    "anonymous_story",
    "Anoche, una mamá de la finca llegó a urgencias con su bebé con fiebre alta. Nuestra intérprete la acompañó toda la noche. Gracias a todo el equipo por su cariño.",
    "anonymous",
)

p(
    "en",
    "patient_story",
    "Some of you know Keoni from our Engineering team — the guy who fixes everything. What you don't know is that Keoni Apana was OUR patient in March, when a stroke hit him at 48. Today he's back at work part-time and wants everyone to learn BE FAST. 🧠",
    [("NAME", "Keoni", 1), ("NAME", "Keoni Apana"), ("DATE", "March")],
    note="staff member who was a patient; month of the stroke",
)

n(
    "en",
    "health_tip",
    "BE FAST 🧠 Balance, Eyes, Face, Arms, Speech, Time. If you see it, call 911. Every minute counts — our stroke team is ready 24/7.",
    "tip",
)

p(
    "en",
    "discharge",
    "Guess who walked out of here today? The Kalapana lava watcher himself — Uncle Sonny! Three weeks after the smoke nearly got him, he's headed to his daughter's place in Volcano until his own house is safe again. 🌋",
    [("GEO", "Kalapana"), ("NAME", "Sonny"), ("GEO", "Volcano")],
    note="Volcano is a town (his daughter's home)",
)

n(
    "en",
    "crisis_update",
    "Vog advisory ⚠️ SO2 levels are high in Kaʻū and Ocean View today. Kūpuna and keiki with asthma should stay indoors. Our Kaʻū clinic has N95s available free at the front desk.",
    "public advisory for areas",
)

p(
    "en",
    "thank_you",
    "Mahalo @the_kealamakia_ohana for the sweet post about your dad's stay on 3 Makai 🙏 Tell Uncle Moses we miss his jokes already!",
    [("OTHER_ID", "@the_kealamakia_ohana"), ("NAME", "Moses")],
    note="family's social handle is OTHER_ID",
)

n(
    "en",
    "thank_you",
    "Mahalo to Poi, our 8-year-old therapy dog, who visited 47 patients this month! 🐶 Poi is handled by volunteer Sharon Kim.",
    "pet and volunteer",
)

p(
    "en",
    "birth_announcement",
    "twins!! 👶👶 Kainoa & Kaimana arrived 3/8 during the blackout, delivered by headlamp. everyone is fine and our L&D team deserves a nap",
    [("NAME", "Kainoa"), ("NAME", "Kaimana"), ("DATE", "3/8")],
    note="short lower-case tweet",
)

n(
    "en",
    "statistic",
    "Births at HBMC in 2024: 1,032. Twins: 14. Babies born during power outages: 3 (our generators are the real MVPs). Busiest day: the day after Merrie Monarch ended. 😅",
    "statistics",
)

p(
    "en",
    "patient_story",
    'Kinisou chapur to the Rudolph family from Weno, Chuuk! After 5 months of TB treatment with our public health nurses, 10-year-old Kasiano is cured and back in school. His mom Merisina says the hardest part was the pills, "but he swallowed every one."',
    [("NAME", "Rudolph"), ("GEO", "Weno"), ("NAME", "Kasiano"), ("NAME", "Merisina")],
    note="Chuukese family; Weno is a city, Chuuk a state",
)

n(
    "en",
    "research",
    "Our infectious disease team is presenting at the Pacific TB Summit next week on shortening treatment for keiki in COFA communities.",
    "research news",
)

p(
    "en",
    "milestone_birthday",
    "Our favorite nonagenarian line dancer! 💃 Kealiʻi Mahoe (yes, the one from Pāhoa) celebrated his birthday with us between PT sessions and taught the whole rehab gym the Tush Push.",
    [("AGE", "nonagenarian"), ("NAME", "Kealiʻi Mahoe"), ("GEO", "Pāhoa")],
    note="age stated by a word; home town",
)

n(
    "en",
    "eponymous_condition",
    "Parkinson's support group meets 2nd Tuesdays at our Honokaʻa clinic, 45-3380 Māmane Street. Caregivers welcome. Mahalo to the Michael J. Fox Foundation for the exercise grant.",
    "eponymous condition; foundation named after a public figure",
)

p(
    "en",
    "pasted_record",
    "forwarding from the patient portal — user kainalu.h88, email kainalu.hopkins@gmail.com, says his discharge paperwork lists the wrong date (should be 9/30 not 9/13). Who handles this?",
    [
        ("OTHER_ID", "kainalu.h88"),
        ("EMAIL", "kainalu.hopkins@gmail.com"),
        ("DATE", "9/30"),
        ("DATE", "9/13"),
    ],
    note="portal user name and email; both discharge dates labelled",
)

n(
    "en",
    "hospital_contact",
    "New number alert 📞 Our Kaʻū clinic scheduling line is now 808-555-0145. Our address stays the same: 95-5510 Māmalahoa Highway, Nāʻālehu. Email scheduling@hilobaymed.org.",
    "hospital contact",
)

p(
    "en",
    "patient_story",
    "Three generations, one delivery room. 💕 In 1979 Cecilia Medeiros gave birth to her daughter Tammy right here. On Saturday, Tammy delivered her own daughter, Ava Rose, in the same room — and Grandma Cecilia, now one of our L&D volunteers, was right there holding her hand. The baby even arrived on her great-grandpa Manny's birthday, June 3! The Medeiros family has lived in Honomū since the plantation days. Pictured: all three of them, plus a very proud Manny.",
    [
        ("NAME", "Cecilia Medeiros"),
        ("NAME", "Tammy", "*"),
        ("NAME", "Ava Rose"),
        ("NAME", "Cecilia", 2),
        ("NAME", "Manny", "*"),
        ("DATE", "June 3"),
        ("NAME", "Medeiros", 2),
        ("GEO", "Honomū"),
        ("PHOTO", "Pictured"),
    ],
    note="volunteer who is also a patient's relative; birth date; photo of the family",
)

n(
    "en",
    "staff_spotlight",
    "Meet our L&D volunteer team! Cecilia, Rowena and Aunty Pat have rocked more than 2,000 babies between them. Want to join? Call 808-555-0156.",
    "volunteers with first names",
)

p(
    "es",
    "discharge",
    "¡Sofía se va a casa! 🎈 Después de 19 días en la UCI pediátrica por una neumonía, la pequeña Sofía regresa con sus papás a Mountain View. ¡Te vamos a extrañar, princesa! #FuerzaSofía",
    [("NAME", "Sofía", "*"), ("GEO", "Mountain View"), ("NAME", "#FuerzaSofía")],
    note="la pequeña is descriptive; name hashtag",
)

n(
    "es",
    "health_tip",
    "Niños y agua: nunca los dejen solos en la playa o el río, aunque sepan nadar. En Hawaiʻi, el ahogamiento es una de las principales causas de muerte en niños de 1 a 4 años.",
    "tip",
)

p(
    "en",
    "pasted_record",
    "SURG SCHEDULE 6/18 — OR 2: 0730 MATSUMOTO, KENJI lap chole / 0930 DE LA CRUZ, MARIBEL hernia / OR 3: 0800 KAHOʻOHANOHANO, T. ORIF R wrist. DO NOT POST",
    [
        ("DATE", "6/18"),
        ("NAME", "MATSUMOTO, KENJI"),
        ("NAME", "DE LA CRUZ, MARIBEL"),
        ("NAME", "KAHOʻOHANOHANO, T."),
    ],
    note="OR schedule: the date is the patients' surgery date; OR numbers are not ids",
)

n(
    "en",
    "event",
    'Join our Hilo Bay canoe club team at the Queen Liliʻuokalani Long Distance Canoe Races! Our crew "Waʻa Ola" paddles Saturday at 7 a.m. Come cheer at Kailua Pier.',
    "event; historical figure; venue",
)

p(
    "en",
    "public_figure",
    "Yes, that was fighter Kainoa 'The Hammer' Makaʻike you saw in our ER lobby Saturday night. He asked us to let his fans know he's fine — a hand fracture — and that his fight is postponed, not cancelled.",
    [("NAME", "Kainoa 'The Hammer' Makaʻike")],
    note="athlete who is the patient",
)

n(
    "en",
    "public_figure",
    "Mahalo to Olympic paddler Hoku Tanaka for visiting our pediatric patients today and signing paddles! The keiki loved hearing about Paris. 🛶",
    "visiting athlete",
)

p(
    "en",
    "thank_you",
    "To Mr. K in room 407: we'll miss your daily ukulele concerts at 6 a.m. (ok, maybe not the 6 a.m. part). Mahalo for the aloha. 🎶",
    [("NAME", "K"), ("OTHER_ID", "room 407")],
    note="initial used for the patient and his room",
)

n(
    "en",
    "anonymous_story",
    "A kupuna told our night nurse she had never touched snow. The next morning our team brought a cooler of real Mauna Kea snow (mahalo, rangers!) to her bedside. She cried. We cried. ❄️",
    "anonymous kupuna",
)

p(
    "en",
    "patient_story",
    "Eight months ago, Makoa Hale was pulled from the water at Honoliʻi with a broken neck. Today he stood up on a board again at Richardson's. Makoa, your PT team could not be prouder. 🤙",
    [("NAME", "Makoa Hale"), ("GEO", "Honoliʻi"), ("GEO", "Richardson's"), ("NAME", "Makoa", 2)],
    note="surf break of the injury and beach of his return; the beach is named after a person",
)

n(
    "en",
    "staff_spotlight",
    "Our PT team, led by Lehua and Jason, helped 412 surfers, paddlers and fishermen get back in the water last year. 🏄‍♀️ Mahalo for your hard work!",
    "staff first names and a count",
)

p(
    "en",
    "birth_announcement",
    "Yes, her name is Kona, and no, her parents aren't from there — they live in Hilo and just loved the sound of it. 😂 Baby Kona Pualani Reyes arrived 11/2 at 7 lb 11 oz.",
    [("NAME", "Kona", 1), ("GEO", "Hilo"), ("NAME", "Kona Pualani Reyes"), ("DATE", "11/2")],
    note="baby named like a place; Hilo is the family home",
)

n(
    "en",
    "health_tip",
    "Driving to Kona for the holidays? Saddle Road fog rolls in fast after 4 p.m. Headlights on, phones down. 🚗",
    "tip with place names",
)

p(
    "en",
    "pasted_record",
    "Security log: Blue Tacoma plate JLK 442 parked in ambulance bay 3 hrs — belongs to the son of pt Walter Kaneshiro (ICU bed 6). Please don't tow, family is at bedside.",
    [("VEHICLE", "JLK 442"), ("NAME", "Walter Kaneshiro"), ("OTHER_ID", "bed 6")],
    note="relative's licence plate",
)

n(
    "en",
    "crisis_update",
    "Ambulance bay is blocked by a fallen ʻulu tree. ER walk-ins please use the Kaiāulu Street entrance. Ambulances are being rerouted to the north bay.",
    "hospital entrance",
)

p(
    "en",
    "memorial",
    "rest easy uncle junior kaleikini. 🕊️ the whole 4 North crew will miss you coming by with fresh ʻōpelu every friday, and we were honored to care for you these last weeks.",
    [("NAME", "junior kaleikini")],
    note="lower-case name; weekday",
)

n(
    "en",
    "memorial",
    "Rest in peace, Aunty Edith Kahalepuna, kumu hula of Hālau o Kaʻiulani for 50 years and a dear friend to our hospital. She danced at every one of our centennial events. Aloha ʻoe.",
    "community figure, not described as a patient",
)

p(
    "en",
    "crisis_update",
    'Lava update: all 14 residents of the Leilani Estates care home were evacuated to our Hilo campus overnight. One resident, Mrs. Violet Correa, 97, told our nurses this is her third lava evacuation. "I\'m getting good at this." Everyone is safe.',
    [("GEO", "Leilani Estates"), ("NAME", "Violet Correa"), ("AGE", "97")],
    note="subdivision named like a first name; home of the patients",
)

n(
    "en",
    "crisis_update",
    "Leilani Estates and Lanipuna Gardens residents: if you've been displaced by the lava and need medications refilled, our Pāhoa clinic pharmacy can help even without your prescription bottles. Bring ID. 808-555-0123.",
    "population of a subdivision; no patient",
)

p(
    "en",
    "milestone_birthday",
    "Omedetō gozaimasu! 🎏 Mr. Shigeru Higa celebrated his kajimaya — the Okinawan 97th birthday — with a pinwheel parade through our lobby today. His 4 daughters, 11 grandchildren and 9 great-grandchildren came from Hilo, Kona and Las Vegas.",
    [
        ("NAME", "Shigeru Higa"),
        ("AGE", "kajimaya"),
        ("AGE", "97th"),
        ("GEO", "Hilo"),
        ("GEO", "Kona"),
        ("GEO", "Las Vegas"),
    ],
    note="kajimaya states the age; relatives' home towns",
)

n(
    "en",
    "anonymous_story",
    "One of our dialysis kūpuna celebrated her beiju (88th birthday, a big one in Japanese tradition) during treatment today. The nurses folded 88 paper cranes. 🕊️",
    "anonymous and age under 90",
)

p(
    "en",
    "thank_you",
    "Kommol tata to Atina and Hemos Lokeijak, who drove 3 hours from Ocean View every week so their grandson could have his chemo here. Your strength carried all of us.",
    [("NAME", "Atina"), ("NAME", "Hemos Lokeijak"), ("GEO", "Ocean View")],
    note="patient's grandparents and their town",
)

n(
    "en",
    "event",
    "Iakwe! Join us for a Marshallese community health fair on Saturday at our Kaʻū clinic. Free diabetes screening, Marshallese interpreters, and jaki-ed weaving demonstrations. Kommol tata to the RMI Consulate for partnering.",
    "community event",
)

p(
    "en",
    "pasted_record",
    "can someone fix this in Epic — registration typed SSN 555-44-0192 for Lokelani Kauwe but it belongs to her mom, Rachel Kauwe (same mix-up as last month)",
    [("SSN", "555-44-0192"), ("NAME", "Lokelani Kauwe"), ("NAME", "Rachel Kauwe")],
    note="SSN in an internal note",
)

n(
    "en",
    "hospital_contact",
    "Referral fax for our Honokaʻa clinic: 808-555-0134 (press 2 for fax). Main line: 808-555-0100. Address: 45-3380 Māmane Street, Honokaʻa, HI 96727.",
    "hospital numbers and address",
)

p(
    "en",
    "thank_you",
    "A note from the Alapaʻi ʻohana: \"To the ICU night nurses who held Tūtū Makana's hand when we couldn't be there — we will never forget you.\" Makana passed on 10/16 surrounded by song. 💐",
    [("NAME", "Alapaʻi"), ("NAME", "Makana", "*"), ("DATE", "10/16")],
    note="family surname and patient's name that is a Hawaiian word",
)

n(
    "en",
    "sponsor",
    "Mahalo to Dr. and Mrs. Ernest Kaleohano for their gift of $250,000 to build the Kaleohano Family Hospice Suite. 🌺",
    "donors naming a suite",
)

p(
    "es",
    "patient_story",
    "Cuando don Félix se cayó de una escalera recogiendo macadamia en Keaʻau, pensó que solo era un esguince. Resultó ser una fractura de cadera. Hoy, a sus 67 años, Félix Aguilar ya camina sin andadera. ¡Ánimo, don Félix!",
    [("NAME", "Félix Aguilar"), ("NAME", "Félix", "*"), ("GEO", "Keaʻau")],
    note="orchard of the injury; age under 90",
)

n(
    "es",
    "statistic",
    "En 2024 atendimos a 312 trabajadores agrícolas en nuestras clínicas. El 40% vino por lesiones de espalda. La mayoría tenía entre 25 y 45 años.",
    "statistics",
)

p(
    "en",
    "discharge",
    "Waimea (yes, like the town) is 6 and just graduated from our keiki asthma clinic! 🎓 She played a whole soccer game last weekend without needing her inhaler once. So proud of you, Waimea!",
    [("NAME", "Waimea", "*")],
    note="first name that is a place name; age under 90",
)

n(
    "en",
    "health_tip",
    "Waimea and Honokaʻa families: flu shots are free this Saturday at our Honokaʻa clinic for keiki 6 months and older. 💉",
    "places used for a population",
)

p(
    "en",
    "pasted_record",
    "Daughter requests records be faxed to her office: FAX 808-555-0198, attn: Kiana Lum, re: father Richard Lum, admit 1/27. Release signed 1/29.",
    [
        ("FAX", "808-555-0198"),
        ("NAME", "Kiana Lum"),
        ("NAME", "Richard Lum"),
        ("DATE", "1/27"),
        ("DATE", "1/29"),
    ],
    note="relative's fax number; admission and release dates",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Week shoutout to Kiana on 3 Mauka, who speaks Ilocano, Tagalog and Pidgin and translates for half the floor. Agyamanak, Kiana! 💐",
    "staff first name",
)

p(
    "en",
    "birth_announcement",
    "Ho brah, dis one fast! 😂 Baby Kekoa came out in da Pāhoa clinic parking lot on Valentine's Day 'cause mom Keala neva like wait fo' da ambulance. Both stay good. Welcome to da world, Kekoa!",
    [("NAME", "Kekoa", "*"), ("DATE", "Valentine's Day"), ("NAME", "Keala")],
    note="Pidgin; clinic parking lot is not GEO; holiday birth date",
)

n(
    "en",
    "anonymous_story",
    "Had one tūtū come in today fo' her checkup wit one whole bag of lychee fo' da nurses. Dass aloha right dea. 🍒 #HiloBayLove",
    "anonymous Pidgin story",
)

p(
    "en",
    "discharge",
    "Hana hou! 🎉 For the second time this year, Pedro 'Pete' Fernandes has beaten sepsis, and today he's heading home to Pepeʻekeo. His wife Lorraine brought his ukulele for the ride.",
    [("NAME", "Pedro 'Pete' Fernandes"), ("GEO", "Pepeʻekeo"), ("NAME", "Lorraine")],
    note="nickname inside the name span",
)

n(
    "en",
    "event",
    "Hula hālau dancers: our sports medicine team offers free ankle and knee screenings before Merrie Monarch, March 24–28, at our Hilo campus. Book at hilobaymed.org/hula.",
    "event dates",
)

p(
    "en",
    "patient_story",
    "She tore her ACL two months before Merrie Monarch. On Saturday night, Kahiau Nāone danced her kahiko solo for Miss Aloha Hula anyway — with our sports med team cheering from the bleachers. Kahiau, you are a warrior. 🌺",
    [("NAME", "Kahiau Nāone"), ("NAME", "Kahiau", 2)],
    note="festival is not a patient date; name with kahakō",
)

n(
    "en",
    "public_figure",
    "Congratulations to this year's Miss Aloha Hula, Keʻalohilani Kamakau of Hālau Ka Liko! Our sports med team was honored to support all the soloists. 👑",
    "public figure, not a patient",
)

p(
    "en",
    "pasted_record",
    "ER board 2300: bed 4 Naone K (knee), bed 7 Nakoa, bed 9 ?? unknown male from Bayfront — pls ID before shift change",
    [
        ("OTHER_ID", "bed 4"),
        ("NAME", "Naone K"),
        ("OTHER_ID", "bed 7"),
        ("NAME", "Nakoa"),
        ("OTHER_ID", "bed 9"),
        ("GEO", "Bayfront"),
    ],
    note="bed board; same surname as elsewhere written without kahakō",
)

n(
    "en",
    "recruitment",
    "Traveling nurses wanted for our ER! 13-week contracts, housing near Hilo Bayfront, and days off to explore Volcano and Waipiʻo. Apply: hilobaymed.org/travel",
    "recruitment with place names",
)

p(
    "en",
    "milestone_birthday",
    "Our Pāhoa clinic's newest centenarian is Mr. Tadashi 'Tad' Ogata, who still drives his own jeep to every appointment (his daughter says that's \"under discussion\"). Happy birthday, Tad! 💯 Pictured: Tad with the keys he refuses to give up.",
    [
        ("AGE", "centenarian"),
        ("NAME", "Tadashi 'Tad' Ogata"),
        ("NAME", "Tad", "*"),
        ("PHOTO", "Pictured"),
    ],
    note="centenarian is AGE; photo of the patient",
)

n(
    "en",
    "statistic",
    "Hawaiʻi has one of the highest life expectancies in the US. In East Hawaiʻi, 2,140 residents are age 90 or older — and about 60 are centenarians! 💯",
    "population ages",
)

p(
    "en",
    "thank_you",
    "Dios ti agngina to the Agcaoili family, who flew in from Laoag to be with their Lola Remedios after her stroke. Your prayers filled the whole 4th floor. 🙏",
    [("NAME", "Agcaoili"), ("GEO", "Laoag"), ("NAME", "Remedios")],
    note="Ilocano; Lola is a title; foreign city of the family",
)

n(
    "en",
    "health_tip",
    "Naimbag nga aldaw! Free blood sugar checks for our Ilocano community this Sunday after Mass at the church hall. Interpreters available. 🩸",
    "community tip",
)

p(
    "en",
    "crisis_update",
    "Following last night's 5.2 earthquake, our ER treated eight people for minor injuries. One man, Clarence Makaiwi, was hurt when a water heater fell in his Volcano home; he is in stable condition and asked us to remind everyone to strap their heaters. 🏠",
    [("NAME", "Clarence Makaiwi"), ("GEO", "Volcano")],
    note="named patient in a crisis update; Volcano is a town",
)

n(
    "en",
    "crisis_update",
    "Earthquake update: no damage to Hilo Bay Medical Center. All patients and staff are safe. Our Kaʻū clinic will open at 10 a.m. after an inspection.",
    "crisis update",
)

p(
    "en",
    "pasted_record",
    "Pt's daughter set up a GoFundMe: gofundme.com/f/help-uncle-rodney-kealoha — is it ok if we share on our page?? his surgery was 8/12",
    [("URL", "gofundme.com/f/help-uncle-rodney-kealoha"), ("DATE", "8/12")],
    note="fundraising URL naming the patient is one URL span",
)

n(
    "en",
    "sponsor",
    "This year's Hilo Bay Golf Classic raised $182,000 for cancer care! Mahalo to our title sponsor, Kanoa Construction, and to every golfer who braved the rain. ⛳",
    "sponsor named like a person",
)

p(
    "en",
    "patient_story",
    "Some stories stay with you. On a rainy night in February, a young dad from Keaʻau carried his 3-year-old daughter into our ER, blue and barely breathing. She had found a bottle of her grandmother's heart pills. Our team worked on her for 40 minutes, and then for three days in the PICU.\n\nToday Hōkū is a chatterbox who sings to anyone who will listen. Her dad, Chris, asked us to share her story so that every parent and every tūtū locks up their medications. Poison Control: 1-800-222-1222. 💛",
    [("DATE", "February"), ("GEO", "Keaʻau"), ("NAME", "Hōkū"), ("NAME", "Chris")],
    note="long story that becomes identifying only in its second paragraph",
)

n(
    "en",
    "anonymous_story",
    "Some nights in the ER are long. Last week a man in his 70s came in after three days alone on his boat, drifting after the engine failed. Dehydrated, sunburned, and smiling. He told our nurses he survived on raw ahi and rainwater, and asked if anyone had a cold beer. (We did not.) He's home now. Always file a float plan. 🚤",
    "anonymous; age under 90",
)

p(
    "en",
    "birth_announcement",
    "Born on Boys' Day! 🎏 Welcome Haruto Kai Shimabukuro, 8 lb 1 oz, who arrived just as his ojiichan was hanging the koinobori at home in Hilo. Congratulations, Shimabukuro family!",
    [
        ("DATE", "Boys' Day"),
        ("NAME", "Haruto Kai Shimabukuro"),
        ("GEO", "Hilo"),
        ("NAME", "Shimabukuro", 2),
    ],
    note="Japanese holiday as birth date; family home",
)

n(
    "en",
    "event",
    "Join us for the Girls' Day hina doll display in our lobby March 3! Mahalo to the Hilo Japanese Chamber of Commerce for lending the dolls. 🎎",
    "holiday event",
)

p(
    "en",
    "discharge",
    "NALU IS GOING HOME 🌊🌊🌊 BEST. DAY. EVER. #NALUSTRONG",
    [("NAME", "NALU"), ("NAME", "#NALUSTRONG")],
    note="ALL-CAPS tweet",
)

n(
    "en",
    "campaign_hashtag",
    "Ride the nalu, not the ambulance 🌊 Know your limits, check the surf report, and never surf alone. #SurfSmartHilo #OceanSafety",
    "nalu as a word; campaign hashtags",
)

p(
    "en",
    "patient_story",
    "Canoe club ʻohana, please keep Kahale 'Boy' Keliʻihoʻomalu in your prayers. He was thrown from the iako during Saturday's regatta and is in our ICU with a head injury. His crew has been here every single day. 🛶",
    [("NAME", "Kahale 'Boy' Keliʻihoʻomalu")],
    note="canoe injury; nickname inside the name",
)

n(
    "en",
    "event",
    "Good luck to all paddlers at this weekend's Moku O Hawaiʻi regatta in Hilo Bay! Our sports med team and an ambulance will be on site. 🛶",
    "event",
)

p(
    "es",
    "memorial",
    "Hoy despedimos a nuestro querido paciente Jesús 'Chuy' Valenzuela, que trabajó 30 años en las fincas de café de Kaʻū y luchó contra el cáncer con una sonrisa. Falleció el Día de Muertos, 2 de noviembre, rodeado de su familia. Que en paz descanse.",
    [
        ("NAME", "Jesús 'Chuy' Valenzuela"),
        ("GEO", "Kaʻū"),
        ("DATE", "Día de Muertos"),
        ("DATE", "2 de noviembre"),
    ],
    note="same day named twice; district where he worked",
)

n(
    "es",
    "event",
    "Este Día de Muertos, nuestra capilla tendrá un altar para recordar a los seres queridos. Todos están invitados a traer una foto o una flor. 1 y 2 de noviembre.",
    "holiday event; foto is not a patient photo",
)

p(
    "en",
    "pasted_record",
    "Prior auth pending — HMSA member ID XHK880214473 — pt Leimomi Akana, 91, CT abdomen ordered 11/4. Call pt at home 808-555-0119 to reschedule.",
    [
        ("HEALTH_PLAN", "XHK880214473"),
        ("NAME", "Leimomi Akana"),
        ("AGE", "91"),
        ("DATE", "11/4"),
        ("PHONE", "808-555-0119"),
    ],
    note="health plan id and home phone",
)

n(
    "en",
    "hospital_contact",
    "Billing questions? Call our financial counselors at 808-555-0100 ext 4, Mon–Fri 8–4:30, or visit us at 1420 Kaiāulu Street, Hilo, HI 96720. We accept HMSA, Kaiser, UHA, Med-QUEST and Medicare.",
    "hospital contact",
)

p(
    "en",
    "patient_story",
    "Day 30 of chemo down, 10 to go. Our favorite 5th grader picked today's playlist for the whole infusion room (lots of Bruno Mars). Keep shining! ✨ #PrayersForPika",
    [("NAME", "#PrayersForPika")],
    note="the name appears only in a hashtag; a public figure musician is not labelled",
)

n(
    "en",
    "campaign_hashtag",
    "Pink out at Hilo Bay! 💗 Mammograms save lives. Book yours with no referral: 808-555-0100 #PinkOutHilo #EarlyDetection",
    "campaign",
)

p(
    "en",
    "milestone_birthday",
    "Parabéns, Vovó Lucy! 🎂 Lucinda 'Lucy' Rapozo turned 104 on Thursday in our Honokaʻa long-term care unit. She was born on a sugar plantation in Paʻauilo and still makes the best pão doce on the island (according to her).",
    [("NAME", "Lucy", 1), ("NAME", "Lucinda 'Lucy' Rapozo"), ("AGE", "104"), ("GEO", "Paʻauilo")],
    note="Portuguese; Vovó is a title; birthplace",
)

n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Aunty Hazel, our longest-serving volunteer! She still runs the gift shop every Wednesday. 🎉",
    "volunteer's age is not labelled",
)

p(
    "es",
    "discharge",
    "¡Alta para Valentina! Después de su cirugía de apéndice el 23 de julio, ya regresa a Honokaʻa con su familia. ¡Gracias por tus dibujos, Vale! 🎨",
    [("NAME", "Valentina"), ("DATE", "23 de julio"), ("GEO", "Honokaʻa"), ("NAME", "Vale")],
    note="home town that is also a clinic town",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a Valentina, nuestra nueva enfermera bilingüe en la clínica de Honokaʻa. Nació en Oaxaca y lleva 5 años en Hawaiʻi. ¡Bienvenida!",
    "staff",
)

p(
    "en",
    "patient_story",
    "Remember Bruno? Not the dog — the man. 😂 Bruno Kealamakia spent two years of dialysis with us, and his golden retriever, also named Bruno, waited in the truck every single session. Last week Bruno got his new kidney, and both Brunos are very happy.",
    [("NAME", "Bruno", 1), ("NAME", "Bruno Kealamakia"), ("NAME", "Bruno", 4)],
    note="the dog shares the patient's name and is not labelled",
    ok=("Bruno",),
)

n(
    "en",
    "thank_you",
    "Bruno the golden retriever has officially retired from our pet therapy program after 9 years. 🐕 Mahalo to his human, volunteer Dave Ornellas. Enjoy the beach, Bruno!",
    "pet and volunteer",
)

p(
    "en",
    "pasted_record",
    "encounter #E22-0917734 — pt left AMA from ED, name on wristband KALAMA, JOSHUA. Mom called asking where he is. Her # 808-555-0140",
    [("OTHER_ID", "E22-0917734"), ("NAME", "KALAMA, JOSHUA"), ("PHONE", "808-555-0140")],
    note="encounter number and relative's phone",
)

n(
    "en",
    "research",
    "Mahalo to the 600+ participants in our Puna Vog & Lungs study! Kūpuna over 90 had 3x more respiratory visits on high-SO2 days. Full paper: hilobaymed.org/vog",
    "population age",
)

p(
    "en",
    "thank_you",
    'Huge mahalo to our own CNO, Leinaala Fujii, for letting us share this: her mother, Grace Kamakana, spent her last days in our hospice suite in October, and Leinaala says our team "gave her the dignity of dying at home, even though she wasn\'t home."',
    [
        ("NAME", "Leinaala Fujii"),
        ("NAME", "Grace Kamakana"),
        ("DATE", "October"),
        ("NAME", "Leinaala", "*"),
    ],
    note="staff member who is a patient's relative is labelled",
)

n(
    "en",
    "staff_spotlight",
    'Meet Leinaala Fujii, our new Chief Nursing Officer! Born and raised in Honokaʻa, Leinaala started here as a CNA in 1994. "This hospital raised me," she says.',
    "staff member with her home town",
)

p(
    "en",
    "patient_story",
    "Seven-year-old Marlynn came to us from Pohnpei unable to walk because of a bone infection. After 6 weeks of IV antibiotics, she ran down the hall to hug everyone goodbye. Her family is staying with relatives in Kaumana until her last checkup.",
    [("NAME", "Marlynn"), ("GEO", "Kaumana")],
    note="Pohnpei is a state of the FSM; the family's stay in a neighbourhood",
)

n(
    "en",
    "event",
    "Kalahngan! Our Micronesian Health Navigators will host a COFA health insurance sign-up day on Friday, Sept 12, at the Hilo Public Library, 10am–2pm. Bring your passport and I-94.",
    "event",
)

p(
    "en",
    "birth_announcement",
    "2/22/22 at 2:22 p.m. 🤯 We still can't believe it. Welcome, Lanakila! #TwosdayBaby",
    [("DATE", "2/22/22"), ("NAME", "Lanakila")],
    note="birth date with attached two-digit year",
)

n(
    "en",
    "statistic",
    "Fun fact: the most popular baby names at HBMC last year were Kai, Malia, Koa, Leilani and Liam. 🍼 Which one did you pick?",
    "aggregate names, no patient",
)

p(
    "en",
    "patient_story",
    "Tūtū Pilipo has barely left his grandson's side in 19 days. Every morning at 5:30 he walks from our family guest house to the PICU with a thermos of coffee and the newspaper. Mahalo for showing us what ʻohana means.",
    [("NAME", "Pilipo")],
    note="patient's grandfather named; Tūtū is a title",
)

n(
    "en",
    "anonymous_story",
    "A grandpa has been sleeping in our PICU family lounge for 19 days. Our housekeeping team started leaving him fresh towels and a musubi every morning. 💛 This is what aloha looks like.",
    "anonymous",
)

p(
    "en",
    "pasted_record",
    "note to self: call back mrs tavares re: her son's xray, she's at 555-0171 after 5 pm, house on kalanikoa st (the green one)",
    [("NAME", "tavares"), ("PHONE", "555-0171"), ("GEO", "kalanikoa st")],
    note="lower-case note; seven-digit phone",
)

n(
    "en",
    "health_tip",
    "Keiki X-rays: we use the lowest possible dose, and a parent can stay in the room. Questions? Ask for our pediatric imaging team at 808-555-0100.",
    "tip",
)

p(
    "en",
    "public_figure",
    "Slack key master Cyril Kahaunaele asked us to thank his fans: he's recovering from bypass surgery on 4 North and plans to be back on stage by Christmas. 🎸 Get well soon, Uncle Cyril!",
    [("NAME", "Cyril Kahaunaele"), ("NAME", "Cyril", 2)],
    note="public figure who is the patient; Christmas is a future plan",
)

n(
    "en",
    "public_figure",
    "Slack key master Cyril Kahaunaele played a surprise concert in our infusion center today. 🎶 Mahalo, Uncle Cyril, for sharing your gift with our patients!",
    "the same public figure visiting, not a patient",
)

p(
    "es",
    "discharge",
    "¡Don Chepe ya se va a casa a Nāʻālehu! 🏡 Gracias por las risas, don Chepe. #FuerzaChepe",
    [("NAME", "Chepe", "*"), ("GEO", "Nāʻālehu"), ("NAME", "#FuerzaChepe")],
    note="nickname; home town that is also the clinic town",
)

n(
    "es",
    "crisis_update",
    "AVISO: Por el humo volcánico (vog), hoy la calidad del aire en Kaʻū y Ocean View es mala. Personas mayores, niños y embarazadas deben quedarse adentro. Mascarillas N95 gratis en nuestra clínica de Kaʻū.",
    "public advisory",
)

p(
    "en",
    "pasted_record",
    "Incident report draft: pt brought in by friend, no ID except HI driver's license H04881276 — name Kaipo Enos — found at Onekahakaha beach park after near-drowning ~1400",
    [("LICENSE", "H04881276"), ("NAME", "Kaipo Enos"), ("GEO", "Onekahakaha")],
    note="driver's licence; beach of the injury",
)

n(
    "en",
    "health_tip",
    "Onekahakaha and Richardson's are great for keiki, but currents change fast near the channel. Stay inside the rock wall, and always swim with a buddy. 🌊",
    "beaches in a tip",
)

p(
    "en",
    "patient_story",
    "Koa wood, koa heart. 🪵 After losing three fingers to a table saw in his Honokaʻa workshop, woodworker Koa Tanabe spent months in hand therapy with us. This week he finished his first bowl since the accident — and gave it to his therapist.",
    [("NAME", "Koa Tanabe"), ("GEO", "Honokaʻa")],
    note="Koa as wood and as a name; place of the injury",
)

n(
    "en",
    "staff_spotlight",
    "Our hand therapy team (Koa, Mel and Sadie) presented at the Hawaiʻi OT conference this week on returning woodworkers and fishermen to work. So proud! 🖐️",
    "staff first names",
)

p(
    "en",
    "birth_announcement",
    "Welcome, Kaʻiulani Hōkūlani Torres! Born Jan 1 at 12:03 a.m. — our first baby of the new year 🎆 Mom Kristen and dad Alika are over the moon. (Yes, Grandma, we spelled Ka'iulani with the ʻokina!)",
    [
        ("NAME", "Kaʻiulani Hōkūlani Torres"),
        ("DATE", "Jan 1"),
        ("NAME", "Kristen"),
        ("NAME", "Alika"),
        ("NAME", "Ka'iulani"),
    ],
    note="same name with ʻokina and with an ASCII apostrophe",
)

n(
    "en",
    "statistic",
    "Our first baby of 2025 has arrived! 🎉 Mom and baby girl are healthy and resting. Mahalo to our Women's Center team for ringing in the year with us.",
    "anonymous birth; bare year",
)

p(
    "en",
    "patient_story",
    'Uncle Ray Nishimura has fished off Keaukaha for 60 years and never once fallen in — until last month, when a rogue wave knocked him off the rocks at Leleiwi. He broke three ribs and spent 9 days with us. His message: "Wear the tabi, not the slippers."',
    [("NAME", "Ray Nishimura"), ("GEO", "Keaukaha"), ("GEO", "Leleiwi")],
    note="fishing spots tied to the patient",
)

n(
    "en",
    "health_tip",
    "Shoreline fishermen: rogue waves are most dangerous during winter swells on the east side. Wear tabi, bring a buddy, and never fish alone at night. 🎣",
    "tip",
)

p(
    "en",
    "memorial",
    "Fly high, sweet angel. 🌈🕊️ #ForeverKeiki #LoveYouLeia",
    [("NAME", "#LoveYouLeia")],
    note="name only in a hashtag; #ForeverKeiki is not a name",
)

n(
    "en",
    "memorial",
    "Today our NICU family lit a candle for every baby we've lost this year. We carry them with us. 💛 #WaveOfLight",
    "anonymous remembrance",
)

p(
    "en",
    "thank_you",
    "In memory of her husband Kenji, who received care in our ICU in 2021, Mrs. Amy Taniguchi has donated 20 recliners so families can sleep at the bedside. Mahalo, Amy. Kenji would be proud.",
    [("NAME", "Kenji", "*"), ("NAME", "Amy Taniguchi"), ("NAME", "Amy", "*")],
    note="donor introduced as a patient's wife is labelled",
)

n(
    "en",
    "sponsor",
    "Mahalo to Taniguchi's Market for donating 300 bentos to our night shift during the lava emergency! 🍱",
    "business named after a family",
)

p(
    "es",
    "patient_story",
    'Doña Carmen Ochoa, de 91 años, nos pidió que compartiéramos esto: "Llegué a Hawaiʻi en 1962 a pizcar piña en Lānaʻi. Nunca pensé que iba a cumplir 91 en Hilo." ¡Gracias por su fuerza, doña Carmen!',
    [
        ("NAME", "Carmen Ochoa"),
        ("NAME", "Carmen", "*"),
        ("AGE", "91", "*"),
        ("GEO", "Lānaʻi"),
        ("GEO", "Hilo"),
    ],
    note="age stated twice; island where she worked; Hawaiʻi is the state",
)

n(
    "es",
    "anonymous_story",
    "Una abuelita de 89 años nos trajo pan dulce hoy para agradecer a las enfermeras. ¡Gracias, abuelita! 🥖",
    "anonymous; age under 90",
)

p(
    "en",
    "pasted_record",
    "IT ticket: patient portal lockout for user lani.kapule — login attempts from IP 72.235.14.201 (pt says that's her home wifi in Kurtistown). Reset?",
    [("OTHER_ID", "lani.kapule"), ("IP", "72.235.14.201"), ("GEO", "Kurtistown")],
    note="portal user name and IP address",
)

n(
    "en",
    "hospital_contact",
    "Patient portal down for maintenance Sunday 2–6 a.m. Need help? Call 808-555-0100 or email portal@hilobaymed.org.",
    "hospital contact",
)

p(
    "en",
    "patient_story",
    'From Majuro to Hilo: when Tempo Anjain\'s kidneys failed at 19, his family moved here so he could start dialysis. Three years, 468 sessions, and one very generous cousin later, Tempo has a new kidney. "Kommol tata, Hilo Bay," he says. "And kommol to my cousin Jiba."',
    [
        ("GEO", "Majuro"),
        ("GEO", "Hilo", 1),
        ("NAME", "Tempo Anjain"),
        ("NAME", "Tempo", 2),
        ("NAME", "Jiba"),
    ],
    note="Marshallese; Hilo in 'Hilo Bay' means the hospital",
    ok=("Hilo",),
)

n(
    "en",
    "event",
    "Iakwe! Marshallese Constitution Day celebration in our lobby May 1 with canoe models and jebta dancers. Everyone welcome. 🇲🇭",
    "event date",
)

p(
    "en",
    "milestone_birthday",
    "Beiju omedetō, Mrs. Fumiko Okimoto! 🎋 Our dialysis team celebrated her 88th birthday today with 88 origami cranes.",
    [("NAME", "Fumiko Okimoto")],
    note="named patient; age 88 is not labelled",
)

n(
    "en",
    "milestone_birthday",
    "Celebrating 90 years of the Hilo Bay Auxiliary! 🎉 Since 1935 our volunteers have knitted, sewed, and sold malasadas to support patients.",
    "organisation's age",
)

p(
    "es",
    "pasted_record",
    "LISTA PISO 3 — hab. 305 Sr. Ramírez (diabetes), hab. 307 vacía, hab. 309 Sra. Lucía Benavides — no publicar",
    [
        ("OTHER_ID", "hab. 305"),
        ("NAME", "Ramírez"),
        ("OTHER_ID", "hab. 309"),
        ("NAME", "Lucía Benavides"),
    ],
    note="room list in Spanish; the empty room is not labelled",
)

n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Tenemos intérpretes de español, ilocano, marshalés y chuukés sin costo. Llame al 808-555-0100 o pregunte en recepción.",
    "hospital contact",
)

p(
    "en",
    "patient_story",
    'Tūtū wen tell us, "No make big deal, I only went fall down." Brah, she went fall from one ladder picking mangos in Pāpaʻikou at 93. 😳 Aunty Elsie Kamaka, you da toughest. Heal up!',
    [("GEO", "Pāpaʻikou"), ("AGE", "93"), ("NAME", "Elsie Kamaka")],
    note="Pidgin; age over 89",
)

n(
    "en",
    "health_tip",
    "Eh, kūpuna: no climb ladders fo' pick fruit! Call your moʻopuna or da neighbor keiki. Falls stay da #1 reason kūpuna end up in our ER. 🥭",
    "Pidgin tip",
)

p(
    "en",
    "birth_announcement",
    "Born while Pele put on a show: baby Pelehonuamea 'Pele' Kealoha arrived 12/20 as the summit eruption lit up the sky over Kīlauea. Mom Kapua says the name was \"obvious.\" 🌋",
    [("NAME", "Pelehonuamea 'Pele' Kealoha"), ("DATE", "12/20"), ("NAME", "Kapua")],
    note="the goddess Pele is not labelled; the baby's nickname is inside her name span",
    ok=("Pele",),
)

n(
    "en",
    "crisis_update",
    "Pele is active again 🌋 The Kīlauea summit eruption began at 4:30 a.m. Air quality is fine in Hilo; vog expected in Kaʻū by evening. Our clinics are open.",
    "goddess name and places in a crisis update",
)

p(
    "en",
    "pasted_record",
    "Pt Makana Lopes DOB June 9 2008, acct #55039218, mom wants an itemized bill mailed to PO Box 1182, Pāhoa (not the clinic address).",
    [
        ("NAME", "Makana Lopes"),
        ("DATE", "June 9 2008"),
        ("ACCOUNT", "55039218"),
        ("GEO", "PO Box 1182"),
        ("GEO", "Pāhoa"),
    ],
    note="PO box and town of the family",
)

n(
    "en",
    "sponsor",
    "The new Kalani Wing opens Monday! Named for the late Senator Kalani Ahuna, whose family foundation funded the $12M expansion. 🏥",
    "building named after a public figure",
)

p(
    "es",
    "patient_story",
    "Josué tenía 8 años cuando llegó con una mordida de perro en la cara, en la finca de su papá en Hōnaunau. Hoy, un año después, nuestra cirujana plástica lo revisó y ¡casi no se ve la cicatriz! Su mamá, Yesenia, nos mandó esta foto. 📸",
    [("NAME", "Josué"), ("GEO", "Hōnaunau"), ("NAME", "Yesenia"), ("PHOTO", "foto")],
    note="photo of the patient; farm town",
)

n(
    "es",
    "research",
    "Estudio nuevo: en Hawaiʻi, 1 de cada 4 trabajadores del café reporta dolor de espalda crónico. Nuestro equipo de fisioterapia ofrece clases gratis en Kaʻū. Más info: hilobaymed.org/finca",
    "research",
)

p(
    "en",
    "crisis_update",
    "Flash flood update: every river on the east side is at record levels. Our ER treated a kayaker, Garrett Ching, who was swept over Rainbow Falls and is somehow in fair condition. Please stay out of the rivers today.",
    [("NAME", "Garrett Ching"), ("GEO", "Rainbow Falls")],
    note="waterfall of the injury",
)

n(
    "en",
    "crisis_update",
    "Flash flood warning for East Hawaiʻi until 6 p.m. Do not cross flooded streams. Our Honokaʻa clinic is closed today; Hilo and Pāhoa remain open.",
    "crisis update",
)

p(
    "en",
    "milestone_birthday",
    "one hundred years young!! 💐 happy birthday to tūtū mary ann kahikina from all of us at the pāhoa clinic. she says the secret is pule and poi.",
    [("AGE", "one hundred"), ("NAME", "mary ann kahikina")],
    note="age in words, lower-case name; the clinic is not GEO",
)

n(
    "en",
    "anonymous_story",
    'One of our clinic kūpuna just turned 89 and says she\'s "practicing for 90." 😂 We love our patients!',
    "age 89 and a joke about 90 are not ages over 89 of a patient",
)

p(
    "en",
    "thank_you",
    "The Kaʻawaloa-Medeiros ʻohana held a fundraiser at the Keaukaha canoe hālau to thank our trauma team for saving their son Keola after his dirt bike crash on Kapoho-Kalapana Road. $6,200 raised for the trauma fund!",
    [("NAME", "Kaʻawaloa-Medeiros"), ("NAME", "Keola"), ("GEO", "Kapoho-Kalapana Road")],
    note="road of the crash; the fundraiser venue is not GEO",
)

n(
    "en",
    "event",
    "Trauma fund fundraiser at the Keaukaha canoe hālau this Saturday! Kalua pig plates $15. All proceeds support our trauma team. 🐖",
    "event",
)

p(
    "en",
    "pasted_record",
    "who left this on the nurses station printer??? ↓ KAMAKAU, PUALANI K  DOB 08/02/1951  MRN 00917344  Allergies: PCN  Code status: DNR",
    [("NAME", "KAMAKAU, PUALANI K"), ("DATE", "08/02/1951"), ("MRN", "00917344")],
    note="face sheet pasted by mistake",
)

n(
    "en",
    "pasted_record",
    "Reminder from Infection Control: 3 Makai has 2 isolation rooms open. Please restock PPE carts by 0700. — do not post this lol",
    "internal note with no patient",
)

p(
    "en",
    "patient_story",
    "When 6-year-old Jomar Pascua came in after swallowing a button battery, ER nurse Dolly Ramos stayed past her shift to sit with his lola. Jomar is fine now, and his family wants every parent to know: button batteries are deadly. Tape the battery door shut!",
    [("NAME", "Jomar Pascua"), ("NAME", "Jomar", 2)],
    note="nurse is staff; unnamed grandmother",
)

n(
    "en",
    "health_tip",
    "Button batteries can burn through a child's esophagus in 2 hours. If you think your keiki swallowed one, give 2 tsp of honey (over age 1) on the way to the ER and call 911.",
    "tip",
)

p(
    "en",
    "discharge",
    "our guy @kolohe_kai_808 is officially cancer free 🎗️🤙 ring that bell!!",
    [("OTHER_ID", "@kolohe_kai_808")],
    note="patient only identified by his handle",
)

n(
    "en",
    "campaign_hashtag",
    "Ring the bell! 🔔 Every month we celebrate patients who complete treatment at our Cancer Center. #RingTheBellHilo #HBMCCancerCare",
    "campaign",
)

p(
    "en",
    "thank_you",
    'From the mailbag 💌: "Dear nurses, thank you for taking care of my Papa Ernesto when he was in room 220. I drew you a picture. Love, Mia, age 7, Volcano HI 96785"',
    [
        ("NAME", "Ernesto"),
        ("OTHER_ID", "room 220"),
        ("NAME", "Mia"),
        ("GEO", "Volcano"),
        ("GEO", "96785"),
    ],
    note="grandchild's letter; Papa is a title; town and ZIP",
)

n(
    "en",
    "research",
    "Mahalo to the 412 families in 96720, 96749 and 96778 who joined our keiki asthma study! Results coming this fall. 📊",
    "ZIP codes of a population",
)

p(
    "en",
    "patient_story",
    "The lani (sky) was gray the day Lani Kahale came to us with sepsis. 41 days later, she walked out under a rainbow. Lani, we'll never forget your courage. 🌈",
    [("NAME", "Lani Kahale"), ("NAME", "Lani", "*")],
    note="lower-case lani is the word, capitalised Lani is the patient",
)

n(
    "en",
    "health_tip",
    "Kai means ocean, Nalu means wave, and Lani means sky — but whatever you name your keiki, make sure they can swim! Free keiki swim lessons start June 16 at the county pool.",
    "Hawaiian words that are names, not people",
)

p(
    "en",
    "pasted_record",
    "Referral received by fax from Kona re: Benito Cabrera, 27-441 Ulu Street, Pāpaʻikou 96781, transfer 7/7 for cath. Who's on for cardiology?",
    [
        ("NAME", "Benito Cabrera"),
        ("GEO", "27-441 Ulu Street"),
        ("GEO", "Pāpaʻikou"),
        ("GEO", "96781"),
        ("DATE", "7/7"),
    ],
    note="full address in a referral; Kona is the sending hospital's town",
)

n(
    "en",
    "hospital_contact",
    "Transferring a patient to us? Our transfer center is available 24/7 at 808-555-0111. Helipad on the roof of the Kaiāulu Street building.",
    "hospital contact",
)

p(
    "es",
    "birth_announcement",
    "¡Nació en Nochebuena! 🎄 Bienvenido, Emmanuel, hijo de Brenda y Óscar Peña de Keaʻau. 8 libras de puro amor.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Emmanuel"),
        ("NAME", "Brenda"),
        ("NAME", "Óscar Peña"),
        ("GEO", "Keaʻau"),
    ],
    note="holiday birth date",
)

n(
    "es",
    "event",
    "¡Posada navideña para las familias de la finca! 24 de diciembre a las 5 p.m. en nuestra clínica de Kaʻū. Habrá tamales, piñata y regalos para los niños.",
    "event date",
)

p(
    "en",
    "patient_story",
    "Lolo Bert Domingo, 92, walked into our ER on his own after a wasp sting in his Waiākea Uka yard, insisted he was fine, and then passed out. He's home now, with an EpiPen and a lecture from his grandkids. 😅",
    [("NAME", "Bert Domingo"), ("AGE", "92"), ("GEO", "Waiākea Uka")],
    note="Lolo is a title",
)

n(
    "en",
    "health_tip",
    "Bee and wasp stings: if you have swelling of the face, trouble breathing, or dizziness, call 911. If you carry an EpiPen, use it — then come in anyway. 🐝",
    "tip",
)

p(
    "en",
    "thank_you",
    'SIGN ON THE NURSES\' STATION TODAY: "MAHALO 2 MAKAI FOR SAVING MY DAD — LOVE, THE KAHANANUI BOYS" 😭❤️',
    [("NAME", "KAHANANUI")],
    note="family surname only, all caps",
)

n(
    "en",
    "thank_you",
    "A family left a card on 2 Makai today: \"Mahalo for saving our dad.\" That's it. That's the post. ❤️",
    "anonymous family",
)

p(
    "en",
    "milestone_birthday",
    'Turning 90 with a 90-minute hula! 💃 Aunty Leimomi Kahale danced every song at her party in our Honokaʻa day room, then asked for her blood pressure to be checked "just in case."',
    [("AGE", "90", 1), ("NAME", "Leimomi Kahale")],
    note="90-minute is not an age",
    ok=("90",),
)

n(
    "en",
    "statistic",
    "Our ER's median door-to-doctor time is now 19 minutes, down from 90 last year. Mahalo to every nurse and doc who made it happen. ⏱️",
    "numbers that are not ages",
)

p(
    "en",
    "patient_story",
    "Yes, her name really is Puna. 😄 Puna Akiona, 4, came in after tumbling off the lanai and needed a cast — purple, naturally. Get well soon, Puna!",
    [("NAME", "Puna Akiona"), ("NAME", "Puna", "*")],
    note="first name that is a district",
)

n(
    "en",
    "crisis_update",
    "Puna residents: Highway 130 is open again with one lane near Kaimū. Our Pāhoa clinic has extended hours through Friday. #PunaStrong",
    "district and campaign hashtag",
)

p(
    "en",
    "pasted_record",
    "Pls don't reply-all 🙃 — the family email for the Agbayani discharge is agbayani.ohana@yahoo.com, NOT the one in the chart. Discharge set for 12/3, room 416.",
    [
        ("NAME", "Agbayani"),
        ("EMAIL", "agbayani.ohana@yahoo.com"),
        ("DATE", "12/3"),
        ("OTHER_ID", "room 416"),
    ],
    note="family email",
)

n(
    "en",
    "research",
    "Our neurology team is enrolling adults with Huntington's disease or ALS (Lou Gehrig's disease) for a new clinical trial. Info: research@hilobaymed.org",
    "eponymous conditions",
)

p(
    "en",
    "discharge",
    "Discharged on Thanksgiving morning 🦃🏡 #TeamKeanu",
    [("DATE", "Thanksgiving"), ("NAME", "#TeamKeanu")],
    note="holiday discharge date and name hashtag",
)

n(
    "en",
    "event",
    "Thanksgiving hours: our Hilo ER is open 24/7 as always; clinics are closed Thursday, Nov 27. Happy Thanksgiving from our ʻohana to yours! 🦃",
    "holiday hours",
)

p(
    "en",
    "patient_story",
    "Dr. Kainoa Chang has treated thousands of fishermen for hook injuries. On Saturday he became one. 🎣 Our ortho chief is fine after a 4/0 hook went through his palm at Puhi Bay, and yes, he let the night shift PA take it out. Get well, Doc!",
    [("NAME", "Kainoa Chang"), ("GEO", "Puhi Bay")],
    note="doctor who is the patient; 4/0 is a hook size, not a date",
)

n(
    "en",
    "staff_spotlight",
    'Our ortho chief Dr. Kainoa Chang is teaching a free "Hooks, Spines & Stings" first aid class for fishermen on Saturday, Oct 18 at the Wailoa boat harbor. 🎣',
    "staff and event",
)

if __name__ == "__main__":
    S.main("phi_dev19_source")
