/** One glossary entry: an abbreviation or term the report uses, and what it means in plain English. */
export interface GlossaryEntry {
  /** The anchor on the glossary page is `term-<id>`. */
  readonly id: string;
  /** The term as the report writes it. */
  readonly term: string;
  /** Other ways the report writes the same term (plurals, misspellings, variants), linked like the term itself. */
  readonly aliases?: readonly string[];
  /** One or two sentences for the public; for an abbreviation, it starts with what the letters stand for. */
  readonly definition: string;
}

/** Every abbreviation and term in the Luton LSCB 2012/13 annual report that a reader may not know, sorted alphabetically. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "a-and-e",
    term: "A&E",
    definition: "Accident and emergency: a hospital's emergency department, here the one at the Luton & Dunstable Hospital."
  },
  {
    id: "appg",
    term: "APPG",
    definition:
      "All Party Parliamentary Group: an informal group of MPs and peers from all parties; the report cites its 2012 inquiry into children who go missing from care."
  },
  {
    id: "caada",
    term: "CAADA",
    definition:
      "Co-ordinated Action Against Domestic Abuse: a national charity (now called SafeLives) that supports professionals working with victims of domestic abuse and recommends how many cases a MARAC should hear."
  },
  {
    id: "caf",
    term: "CAF",
    aliases: ["CAFs"],
    definition:
      "Common Assessment Framework: a shared form and process that schools, health and other services use to assess a child's and family's needs early and agree who will help, before social care is needed."
  },
  {
    id: "cafcass",
    term: "CAFCASS",
    definition:
      "Children and Family Court Advisory and Support Service: the national body that advises family courts on what is best for children; the report does not expand it."
  },
  {
    id: "camhs",
    term: "CAMHS",
    aliases: ["CAHMS"],
    definition:
      "Child and Adolescent Mental Health Services: NHS services that assess and treat children and young people with emotional or mental health difficulties. It appears once in the report, misspelt CAHMS; the report does not expand it."
  },
  {
    id: "ccg",
    term: "CCG",
    aliases: ["CCGs", "LCCG"],
    definition:
      "Clinical Commissioning Group: the group of local GPs that plans and pays for NHS services in an area, a statutory body from April 2013; the report calls Luton's the LCCG."
  },
  {
    id: "cdop",
    term: "CDOP",
    definition:
      "Child Death Overview Panel: the panel that reviews the death of every child under 18 in the area, to learn whether anything could prevent similar deaths."
  },
  {
    id: "ceop",
    term: "CEOP",
    definition:
      "Child Exploitation and Online Protection Centre: the national police centre that tackles the sexual abuse and exploitation of children, including online; the report does not expand it."
  },
  {
    id: "channel",
    term: "Channel",
    definition:
      "A programme, part of the government's Prevent strategy, in which a multi-agency panel identifies adults and children at risk of being drawn into terrorism and offers them support."
  },
  {
    id: "children-in-need",
    term: "Children in need",
    aliases: ["Children in Need", "Child in need", "CIN"],
    definition:
      "Children who are unlikely to stay healthy or develop properly without extra help from services, including disabled children, as defined by section 17 of the Children Act 1989."
  },
  {
    id: "core-partners",
    term: "Core partners",
    aliases: ["Core partner"],
    definition:
      "The agencies CAADA expects at every MARAC meeting: in Luton the police, probation, community health, children's social care, the IDVA service, housing, mental health, and drug and alcohol services."
  },
  {
    id: "cp-plan",
    term: "CP plan",
    aliases: ["CP plans", "child protection plan", "child protection plans"],
    definition:
      "Child protection plan: the plan agreed at a child protection conference when a child is at risk of significant harm, setting out what the family and each agency will do to keep the child safe."
  },
  {
    id: "cpa",
    term: "CPA",
    definition:
      "Care Programme Approach: the way mental health services assess, plan and regularly review the care of people with serious mental illness."
  },
  {
    id: "cse",
    term: "CSE",
    definition:
      "Child sexual exploitation: abuse in which a child or young person is manipulated or forced into sexual activity, often in exchange for something such as attention, gifts, drugs or somewhere to stay."
  },
  {
    id: "ctb",
    term: "CTB",
    aliases: ["CTBs"],
    definition:
      "Children's Trust Board: the Luton partnership of the council, health, police and others that plans services for children; the LSCB's Independent Chair sits on it."
  },
  {
    id: "dcs",
    term: "DCS",
    definition:
      "Director of Children's Services: the senior council officer legally responsible for children's services in Luton, who chairs the Children's Trust Board."
  },
  {
    id: "early-help",
    term: "Early help",
    definition:
      "Support for a child and family as soon as problems start to appear, before they need children's social care; Working Together 2013 calls the assessment behind it an early help assessment."
  },
  {
    id: "elective-home-education",
    term: "Elective home education",
    aliases: ["home education", "Home Education", "home educated", "Home Educated", "HE"],
    definition:
      "When parents choose to educate their child at home instead of at school. The report calls it Home Education (HE); a council Home Education officer checks the education provided."
  },
  {
    id: "eoy",
    term: "EOY",
    definition:
      "End of year: the position at the close of the financial year on 31 March 2013, as in the Board's end-of-year spending table; the report does not expand it."
  },
  {
    id: "fme",
    term: "FME",
    definition: "Forensic Medical Examiner: a doctor trained to examine victims of sexual assault and collect evidence that can be used in court."
  },
  {
    id: "gcp",
    term: "GCP",
    definition:
      "Graded Care Profile: a tool professionals use to score the care a child receives at home and spot neglect. In the table of CAFs by referring agency, the GCP row most likely counts CAFs that came from a Graded Care Profile assessment; the table does not say."
  },
  {
    id: "gp",
    term: "GP",
    aliases: ["GPs"],
    definition: "General practitioner: a family doctor at a local surgery."
  },
  {
    id: "hwb",
    term: "HWB",
    definition:
      "Health and Wellbeing Board: the council-led board where local NHS, council and community leaders plan health and care together; the Children's Trust Board reports to it."
  },
  {
    id: "icpc",
    term: "ICPC",
    definition:
      "Initial Child Protection Conference: the first meeting of professionals and the family after a section 47 enquiry, which decides whether the child needs a child protection plan."
  },
  {
    id: "idva",
    term: "IDVA",
    aliases: ["IDVAs"],
    definition:
      "Independent Domestic Violence Adviser: a trained specialist who is the main contact for a victim of domestic abuse at high risk, plans their safety with them and represents them at the MARAC."
  },
  {
    id: "l-and-d",
    term: "L&D",
    aliases: ["L&DH"],
    definition: "Luton and Dunstable Hospital: the town's main hospital, which the report also writes in full as the Luton & Dunstable Hospital."
  },
  {
    id: "la",
    term: "LA",
    aliases: ["LAs"],
    definition: "Local authority: the council for an area, here Luton Borough Council."
  },
  {
    id: "lac",
    term: "LAC",
    definition:
      "Looked-after children: children in the care of the council, for example in foster care or a children's home, under a court order or by agreement with their parents."
  },
  {
    id: "lado",
    term: "LADO",
    definition:
      "Local authority designated officer: the council officer who deals with allegations that an adult who works with children, paid or volunteer, has harmed a child or may be a risk to children."
  },
  {
    id: "lats",
    term: "LATS",
    definition:
      "Most likely the tracking system the Virtual School uses to record the school progress of looked-after children (the report says their Key Stage 1 to 3 data is now on it); the report does not expand it."
  },
  {
    id: "lbc",
    term: "LBC",
    aliases: ["LBCs"],
    definition: "Luton Borough Council: the local council, which runs children's social care and education services in Luton."
  },
  {
    id: "lsab",
    term: "LSAB",
    definition:
      "Local Safeguarding Adults Board: the partnership that oversees how agencies protect adults at risk of abuse or neglect, the adult counterpart of the LSCB; the report does not expand it."
  },
  {
    id: "lscb",
    term: "LSCB",
    aliases: ["LSCBs"],
    definition:
      "Local Safeguarding Children Board: the statutory partnership of the council, police, health and other agencies that checks how well children in an area are kept safe, here the Luton Safeguarding Children Board. The report does not expand it."
  },
  {
    id: "marac",
    term: "MARAC",
    aliases: ["MARACs"],
    definition:
      "Multi-Agency Risk Assessment Conference: a regular meeting where police, health, housing, children's services and others share information about victims of domestic abuse at high risk of murder or serious harm, and agree a plan to keep them and their children safe."
  },
  {
    id: "neet",
    term: "NEET",
    definition: "Not in education, employment or training: young people, aged 16 to 18 in the report, who are not at school, college, work or in training."
  },
  {
    id: "nhs",
    term: "NHS",
    definition: "National Health Service: the UK's publicly funded health service; the report does not expand it."
  },
  {
    id: "nrpf",
    term: "NRPF",
    aliases: ["NRFP"],
    definition:
      "No recourse to public funds: an immigration condition under which a person cannot claim most benefits or housing help, so families with children may depend on the council's social services."
  },
  {
    id: "nspcc",
    term: "NSPCC",
    definition:
      "National Society for the Prevention of Cruelty to Children: the UK children's charity, which sits on the Board and co-runs the Safe Network; the report does not expand it."
  },
  {
    id: "occ",
    term: "OCC",
    definition:
      "Office of the Children's Commissioner: the independent national body that promotes and protects children's rights; the report cites its 2012 report on children missing from care."
  },
  {
    id: "ofsted",
    term: "Ofsted",
    aliases: ["OFSTED"],
    definition:
      "Office for Standards in Education, Children's Services and Skills: the government inspectorate for schools and children's services, which inspected Luton's safeguarding and looked-after children services in March 2012. The report does not expand it."
  },
  {
    id: "pct",
    term: "PCT",
    definition:
      "Primary Care Trust: the local NHS body that planned and paid for health services until it was abolished on 31 March 2013 (here NHS Luton); the report does not expand it."
  },
  {
    id: "pep",
    term: "PEP",
    aliases: ["PEPs"],
    definition:
      "Personal Education Plan: the part of a looked-after child's care plan that sets out their education and targets, reviewed at regular PEP meetings; the report does not expand it."
  },
  {
    id: "private-fostering",
    term: "Private fostering",
    aliases: ["Private Fostering", "privately fostered"],
    definition:
      "When a child under 16 (under 18 if disabled) is looked after for 28 days or more by someone who is not a parent, close relative or guardian, by private arrangement; the council must be told and must check that the child is safe."
  },
  {
    id: "pshe",
    term: "PSHE",
    definition: "Personal, social, health and economic education: school lessons on health, relationships, safety and money; the report does not expand it."
  },
  {
    id: "rag-rating",
    term: "RAG rating",
    aliases: ["RAG Rating", "RAG"],
    definition:
      "Red, amber, green rating: a traffic-light score. For CAFs it flags cases that may need to step up to social care; in the business plan red means priority, amber extend current activity, and green maintain current performance."
  },
  {
    id: "rat",
    term: "RAT",
    definition:
      "Referral and Assessment Team: the children's social care team in Luton that receives all new referrals about children, including private fostering; in the table of CAFs by referring agency, the RAT row counts CAFs this team started."
  },
  {
    id: "re-referral",
    term: "Re-referral",
    aliases: ["Re-referrals", "re-referral", "re-referrals"],
    definition:
      "A referral to children's social care about a child already referred in the previous 12 months; the report describes it, without the word, as a child referred \"for a subsequent time, but within 12 months of the original referral\"."
  },
  {
    id: "s47",
    term: "s47",
    aliases: ["section 47"],
    definition:
      "Section 47 enquiry: the investigation children's social care must make, under section 47 of the Children Act 1989, when there is reason to suspect a child is suffering, or likely to suffer, significant harm."
  },
  {
    id: "sarc",
    term: "SARC",
    definition:
      "Sexual Assault Referral Centre: a centre where victims of rape or sexual assault get medical care, a forensic examination and support; Luton's children were seen at Peterborough (under 13) or at the Emerald Centre in Bedford."
  },
  {
    id: "scie",
    term: "SCIE",
    definition:
      "Social Care Institute for Excellence: a national charity that publishes research and guidance for social care, including the Learning Together method for reviewing cases."
  },
  {
    id: "scr",
    term: "SCR",
    aliases: ["SCRs", "SCR's"],
    definition:
      "Serious case review: a review the LSCB must hold when abuse or neglect is known or suspected and a child has died or been seriously harmed, to learn how agencies could work together better."
  },
  {
    id: "section-11",
    term: "Section 11",
    aliases: ["s11"],
    definition:
      "Section 11 of the Children Act 2004, which requires agencies to make sure their work safeguards and promotes the welfare of children; the LSCB audits each agency against it."
  },
  {
    id: "sen",
    term: "SEN",
    definition:
      "Special educational needs: learning difficulties or disabilities that call for extra help at school; a \"statemented\" child has a formal statement of the help they must get."
  },
  {
    id: "sept",
    term: "SEPT",
    definition: "South Essex Partnership Trust: the NHS trust that provided mental health and learning disability services in Luton at the time."
  },
  {
    id: "serac",
    term: "SERAC",
    definition:
      "Sexual Exploitation Risk Assessment Conference: a meeting, piloted in Luton from April 2012, where agencies share information about children at risk of sexual exploitation and agree a plan to protect each one."
  },
  {
    id: "slac",
    term: "SLAC",
    definition:
      "Safeguarding and looked-after children: the report's short name for Ofsted's 2012 inspection of Luton's safeguarding and looked-after children services, and for the action plan that followed it."
  },
  {
    id: "sre",
    term: "SRE",
    definition: "Sex and relationships education: school lessons about relationships, sex and sexual health."
  },
  {
    id: "statistical-neighbours",
    term: "Statistical neighbours",
    aliases: ["Statistical neighbour"],
    definition:
      "The councils whose populations are most like Luton's, as listed by the Department for Education, used to compare figures fairly."
  },
  {
    id: "t-and-f",
    term: "T&F",
    definition: "Task and finish: a working group set up to do one job and then disband."
  },
  {
    id: "uasc",
    term: "UASC",
    definition:
      "Unaccompanied asylum-seeking children: children under 18 who claim asylum in the UK without a parent or carer with them; the council looks after them."
  },
  {
    id: "ukba",
    term: "UKBA",
    definition: "UK Border Agency: the government agency that handled immigration and asylum until 2013."
  },
  {
    id: "virtual-school",
    term: "Virtual School",
    aliases: ["Virtual Schools"],
    definition:
      "The council team that acts as one head teacher for all the children it looks after, wherever they go to school, tracking their attendance and progress."
  },
  {
    id: "working-together",
    term: "Working Together",
    aliases: ["WT"],
    definition:
      "Working Together to Safeguard Children: the government's statutory guidance on how agencies must work together to protect children; the report refers to the 2010 and revised 2013 editions."
  },
  {
    id: "yos",
    term: "YOS",
    definition:
      "Youth Offending Service: the council team that works with young people aged 10 to 17 who have offended. The report does not expand it; it appears only in the table of CAFs by referring agency."
  }
];
