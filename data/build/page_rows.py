"""The 18 commitments of commitments-more.csv read on OGP commitment pages, not in the sheet copy.

Their cells in commitments-more.csv are free text as the pages showed them (several snapshots, Spanish or
French interface), so each row is normalised here by hand, field by field, from that text:
- each field comes from the latest snapshot that shows it; the other snapshots go to notes;
- policy areas seen on the Spanish or French interface are given as the English labels of the same tags,
  the originals in notes (as for ES0020 and UA0087 already in data/);
- IRM placeholders (Pending IRM Review, No IRM Data, No Data) stay blank and are noted;
- a tag that is no concept of the theme scheme (Health, Participatory Approaches) is kept in notes only;
- irm_ values need a listed IRM report: where a page lists none, what it shows is kept in notes only.
Title, title_es, title_fr, title_long and source are taken from commitments-more.csv by the build script.
"""

ATI = "Access to Information"
CP = "Civic Participation"
TECH = "Technology and Innovation for Transparency and Accountability"

PAGE_ROWS = {
    "FR0035": {
        "member": "france", "action_plan": "France Action Plan 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018", "status": "active",
        "lead_institutions": ["Minister of State for the Digital Sector, attached to the Prime Minister"],
        "support_institutions": ["All ministries"],
        "policy_areas": ["E-Government", "Records Management"], "ogp_values": [ATI],
        "irm_methodology": "original", "irm_reports": ["Transitional Results Report 2018-2020"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "low",
        "notes": "read on the English and French pages; the newer snapshot shows no policy areas and no status:"
                 " policy areas, status and relevant values from the older snapshot (Action Plan: Not Attached"
                 " there); IRM page: Early Results No IRM Data (left blank)",
    },
    "NL0031": {
        "member": "netherlands", "action_plan": "Netherlands Action Plan 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018", "status": "active",
        "lead_institutions": ["Rijkswaterstaat Centrale Informatievoorziening (Central Information Services)"],
        "support_institutions": ["Ministry of the Interior and Kingdom Relations (DIO)"],
        "policy_areas": ["Automated Decision-Making", "Capacity Building", "Digital Governance", "E-Government"],
        "ogp_values": [ATI, TECH],
        "irm_methodology": "original", "irm_reports": ["Design Report 2018-2020"],
        "irm_verifiable": "yes", "irm_relevant": "yes",
        "notes": "IRM page: Starred, Early Results and Completion Pending IRM Review (left blank)",
    },
    "NL0050": {
        "member": "netherlands", "action_plan": "Netherlands Action Plan 2020-2022",
        "plan_start": "2020", "plan_end": "2022", "cycle": "2020",
        "lead_institutions": ["Ministry of the Interior and Kingdom Relations (BZK)"],
        "support_institutions": ["Ministry of Justice and Safety", "Chamber of Audit",
                                 "CSOs, private sector, multilaterals, working groups"],
        "policy_areas": ["Automated Decision-Making", "Digital Governance", "Human Rights"],
        "irm_methodology": "refreshed",
        "irm_reports": ["Results Report 2020-2022", "Action Plan Review 2020-2022"],
        "irm_verifiable": "yes", "irm_relevant": "no", "irm_early_results": "Marginal",
        "notes": "IRM page: Ambition No Data (left blank); support cell \"Ministry of Justice and Safety, Chamber"
                 " of Audit\" split at the comma into two names",
    },
    "NZ0019": {
        "member": "new-zealand", "action_plan": "New Zealand Action Plan 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018", "status": "active",
        "lead_institutions": ["Stats NZ"],
        "policy_areas": ["Science & Technology"],
        "notes": "lead cell adds \"working with Department of Internal Affairs (Government Chief Digital"
                 " Officer)\"; support institutions NA on page; IRM page (dated snapshot): no report listed,"
                 " Relevant to OGP Values: Not Relevant, all other fields Pending IRM Review (left blank)",
    },
    "CA0067": {
        "member": "canada", "action_plan": "Canada Action Plan 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018", "status": "active",
        "lead_institutions": ["Employment and Social Development Canada (ESDC)",
                              "Canada School of Public Service (CSPS)", "Library and Archives Canada (LAC)",
                              "Privy Council Office (PCO)", "Statistics Canada (StatCan)",
                              "Innovation Science and Economic Development Canada (ISED)",
                              "Treasury Board of Canada Secretariat (TBS)",
                              "other departments and agencies across the Government of Canada"],
        "policy_areas": ["Automated Decision-Making", "Capacity Building", "Data Stewardship and Privacy",
                         "Digital Governance", "E-Government", "Legislation & Regulation", "Public Participation",
                         "Science & Technology"],
        "ogp_values": [ATI, CP],
        "notes": "support institutions NA on page; IRM page (dated snapshot): no report listed, Verifiable: Yes,"
                 " Starred, Early Results and Completion Pending IRM Review (left blank)",
    },
    "UY0032": {
        "member": "uruguay", "action_plan": "Uruguay Action Plan 2014-2016",
        "plan_start": "2014", "plan_end": "2016", "cycle": "2014", "status": "inactive",
        "lead_institutions": ["Agencia para el Desarrollo del Gobierno de Gestión Electrónica y la Sociedad de la"
                              " Información y del Conocimiento (AGESIC)"],
        "support_institutions": ["Grupo de Trabajo de Datos Abiertos: INE, FING-Udelar, AGEV-OPP, Intendencia de"
                                 " Montevideo"],
        "policy_areas": ["Access to Information", "Capacity Building", "E-Government", "Open Data"],
        "ogp_values": [ATI, CP, TECH],
        "irm_methodology": "original",
        "irm_reports": ["End-of-Term Report 2014-2016", "Progress Report 2014-2015"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "high", "irm_early_results": "Major",
        "irm_starred": "no",
        "notes": "another page version titles the plan \"Uruguay, Second Action Plan, 2014-2016\"; older snapshots"
                 " show the policy areas (Capacity Building, E-Government, Open Data) and (Access to Information,"
                 " Capacity Building, Open Data, Public Participation); relevant values from the older snapshot,"
                 " Relevant: Yes and Ambition: High from the newer one",
    },
    "HN0065": {
        "member": "honduras", "action_plan": "Plan de Acción de Honduras 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018", "status": "active",
        "lead_institutions": ["Tribunales superiores de cuentas"],
        "support_institutions": ["Secretario de Estado para la coordinación del Gobierno General",
                                 "Comités de Probidad y Ética de las Instituciones de gobierno",
                                 "Academia (Universidades Públicas y Privadas)"],
        "policy_areas": ["Anti-Corruption", "Asset Disclosure", "Audits and Controls", "Capacity Building",
                         "Legislation & Regulation", "Sustainable Development Goals"],
        "irm_methodology": "original", "irm_reports": ["Design Report 2018-2020"], "irm_verifiable": "yes",
        "notes": "read on the Spanish UI; title as shown there; policy areas as shown (Spanish): Anticorrupción,"
                 " Divulgación de Activos, Auditorías, Creación de capacidades, Legislación y Regulación, Objetivos"
                 " de Desarrollo Sostenible; IRM report shown as \"Informe de Diseño de Honduras 2018-2020\"; IRM"
                 " page: Estelares, Resultados iniciales, Relevante and Terminación Revisión pendiente de IRM"
                 " (left blank)",
    },
    "AF0004": {
        "member": "afghanistan", "action_plan": "Plan de acción de Afganistán 2017-2019",
        "plan_start": "2017", "plan_end": "2019", "cycle": "2017", "status": "inactive",
        "lead_institutions": ["Ministerio del Interior"],
        "support_institutions": ["instituciones de gobernanza local",
                                 "proyecto de Ministerio del Interior y Desarrollo Policial (MPD) del PNUD",
                                 "organizaciones de la sociedad civil", "organizaciones internacionales",
                                 "consejos provinciales"],
        "policy_areas": ["Capacity Building", "E-Government", "Justice", "Local Commitments",
                         "Marginalized Communities", "Policing & Corrections", "Public Participation",
                         "Public Service Delivery", "Social Accountability"],
        "ogp_values": [ATI, CP],
        "irm_methodology": "original", "irm_reports": ["Implementation Report 2017-2019", "Design Report 2017-2019"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_early_results": "Marginal", "irm_starred": "no",
        "notes": "read on the Spanish UI only; title as shown there; policy areas as shown (Spanish): Creación de"
                 " capacidades, Gobierno Electrónico, Justicia, Compromisos locales, Comunidades marginadas,"
                 " Policia y correcciones, Participación pública, Servicio público de entrega, Responsabilidad"
                 " social; support cell split at its commas into five names",
    },
    "ES0029": {
        "member": "spain", "action_plan": "Plan de Acción de España 2017-2019",
        "plan_start": "2017", "plan_end": "2019", "cycle": "2017",
        "lead_institutions": ["Ministerio de la Presidencia (Subsecretaría y Centro de Estudios Políticos y"
                              " Constitucionales)", "Ministerio de Hacienda y Función Pública"],
        "support_institutions": ["Departamentos Ministeriales, Comunidades Autónomas y Federación Española de"
                                 " Municipios y Provincias, Organizaciones de la Sociedad Civil, Consumidores y"
                                 " Usuarios y representantes del mundo académico"],
        "policy_areas": ["Capacity Building", "Public Participation"],
        "irm_methodology": "original", "irm_reports": ["Implementation Report 2017-2019", "Design Report 2017-2019"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "low", "irm_early_results": "Marginal",
        "notes": "read on the Spanish UI only; title as shown there; policy areas as shown (Spanish): Desarrollo de"
                 " capacidades, Participación pública; lead cell \"... y Ministerio de Hacienda y Función Pública\""
                 " split into two names; early results shown as \"marginales\", ambition as \"Bajo\"",
    },
    "PY0051": {
        "member": "paraguay", "action_plan": "Paraguay Action Plan 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018",
        "lead_institutions": ["Ministerio de Tecnologías de la Información y Comunicación (MITIC)",
                              "Agencia Financiera de Desarrollo (AFD)",
                              "Dirección General de Encuestas, Estadísticas y Censos (DGEEC)"],
        "policy_areas": ["Access to Information", "Judiciary", "Justice", "Open Data", "Open Justice",
                         "Public Participation"],
        "irm_methodology": "original",
        "irm_reports": ["Transitional Results Report 2018-2020", "Design Report 2018-2020"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "high",
        "notes": "support institutions NA on page; IRM page: Early Results No IRM Data (left blank)",
    },
    "MO0015": {
        "member": "morocco", "action_plan": "Plan d'action marocain 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018",
        "lead_institutions": ["Ministère Délégué auprès du Chef du Gouvernement, Chargé des Relations avec le"
                              " Parlement et la Société Civile"],
        "support_institutions": ["Départements ministériels", "Parlement", "Instances politiques locales",
                                 "Société civile"],
        "policy_areas": ["Capacity Building", "Democratizing Decision-Making", "Public Participation",
                         "Regulatory Governance", "Social Accountability"],
        "irm_methodology": "original",
        "irm_reports": ["Transitional Results Report 2018-2020", "Design Report 2018-2020"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "high", "irm_early_results": "Major",
        "notes": "read on the French UI only; title as shown there; policy areas as shown (French): Renforcement"
                 " des capacités, Démocratiser la prise de décision, Participation du public, Gouvernance"
                 " réglementaire, La responsabilité sociale; early results shown as \"Majeur\", ambition as"
                 " \"Haut\"",
    },
    "UY0106": {
        "member": "uruguay", "action_plan": "Plan de Acción de Uruguay 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018", "status": "active",
        "lead_institutions": ["el tribunal electoral"],
        "support_institutions": ["Partidos políticos - Ciencia política - Udelar"],
        "ogp_values": [ATI],
        "irm_methodology": "original", "irm_reports": ["Design Report 2018-2020"],
        "irm_verifiable": "yes", "irm_relevant": "yes",
        "notes": "read on the Spanish UI only; title as shown there; policy areas blank on page; IRM page:"
                 " Estelares, Resultados iniciales and Terminación Revisión pendiente de IRM (left blank)",
    },
    "KR0062": {
        "member": "republic-of-korea", "action_plan": "Republic of Korea Action Plan 2021-2023",
        "plan_start": "2021", "plan_end": "2023", "cycle": "2021",
        "lead_institutions": ["Disaster and Safety Inspection Division, Ministry of the Interior and Safety"],
        "policy_areas": ["Access to Information", "Open Data", "Security & Public Safety"],
        "irm_methodology": "refreshed",
        "irm_reports": ["Results Report 2021-2023", "Action Plan Review 2021-2023"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "low",
        "notes": "support institutions N/A on page; IRM page: Early Results Pending IRM Review (left blank)",
    },
    "KR0046": {
        "member": "republic-of-korea", "action_plan": "Republic of Korea Action Plan 2018-2020",
        "plan_start": "2018", "plan_end": "2020", "cycle": "2018", "status": "active",
        "lead_institutions": ["Public Data Policy Division, Ministry of the Interior and Safety"],
        "policy_areas": ["Access to Information", "Energy", "Environment and Climate",
                         "Infrastructure & Transport", "Open Data", "Public Participation", "Public Service Delivery"],
        "ogp_values": [ATI, CP],
        "irm_methodology": "original",
        "irm_reports": ["Transitional Results Report 2018-2020", "Design Report 2018-2020"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "high",
        "notes": "the page also shows the tag Health, which is not a concept of def/theme (left out);"
                 " pages under the member slug south-korea (OGP uses both south-korea and republic-of-korea);"
                 " status and relevant values from the older snapshot (Design Report only, without Energy, Starred,"
                 " Early Results and Completion Pending IRM Review); support institutions NA on page; IRM page:"
                 " Early Results No IRM Data (left blank)",
    },
    "KR0063": {
        "member": "republic-of-korea", "action_plan": "Republic of Korea Action Plan 2021-2023",
        "plan_start": "2021", "plan_end": "2023", "cycle": "2021",
        "lead_institutions": ["Public Data Policy Division, Ministry of the Interior and Safety"],
        "policy_areas": ["Access to Information", "Open Data"],
        "irm_methodology": "refreshed",
        "irm_reports": ["Results Report 2021-2023", "Action Plan Review 2021-2023"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "low",
        "notes": "support institutions N/A on page; IRM page: Early Results Pending IRM Review (left blank)",
    },
    "ID0113": {
        "member": "indonesia", "action_plan": "Indonesia Action Plan 2020-2022",
        "plan_start": "2020", "plan_end": "2022", "cycle": "2020",
        "lead_institutions": ["Ministry of National Development Planning/National Development Planning Agency"],
        "support_institutions": ["Central Bureau of Statistics", "Geospatial Information Agency",
                                 "Ministry of Finance", "Ministry of Communication and Information",
                                 "Provincial and Regency/City Government"],
        "policy_areas": ["Access to Information", "Local Commitments", "Open Data", "Sustainable Development Goals"],
        "irm_methodology": "refreshed",
        "irm_reports": ["Results Report 2020-2022", "Action Plan Review 2020-2022"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "low", "irm_early_results": "Marginal",
    },
    "EE0065": {
        "member": "estonia", "action_plan": "Estonia Action Plan 2025-2029",
        "plan_start": "2025", "plan_end": "2029", "cycle": "2025",
        "lead_institutions": ["Government Office", "Ministry of Justice and Digital Affairs"],
        "support_institutions": ["Ministries, Institute of the Estonian Language, Consumer Protection and Technical"
                                 " Regulatory Authority, Police and Border Guard Board",
                                 "CSOs: Open Knowledge Estonia, Network of Estonian Nonprofit Organizations,"
                                 " Estonian Cooperation Assembly, e-Governance Academy",
                                 "others: Estonian Association of Media Companies, University of Tartu, Tallinn"
                                 " University of Technology and others"],
        "policy_areas": ["Data Stewardship and Privacy", "Digital Governance", "Open Data", "Public Participation"],
        "notes": "lead cell \"Government Office and Ministry of Justice and Digital Affairs\" split into two names;"
                 " the page also shows the tag Participatory Approaches, which is not a concept of def/theme"
                 " (left out); IRM page: every field Pending IRM Review (left blank)",
    },
    "AU0010": {
        "member": "australia", "action_plan": "Australia National Action Plan 2016-2018",
        "plan_start": "2016", "plan_end": "2018", "cycle": "2016",
        "lead_institutions": ["Department of the Prime Minister and Cabinet (PM&C)", "Department of Finance",
                              "National Archives of Australia",
                              "Department of the Environment and Energy (DoEE)"],
        "support_institutions": ["All Commonwealth entities", "Data61",
                                 "organisations outside government incl. Australian Library and Information"
                                 " Association, National Libraries of Australia and New Zealand, Australian Policy"
                                 " Online"],
        "policy_areas": ["Access to Information", "Capacity Building", "Energy", "Environment and Climate",
                         "Extractive Industries", "Land and Spatial Planning", "Open Data"],
        "irm_methodology": "original",
        "irm_reports": ["End-of-Term Report 2016-2018", "Mid-Term Report 2016-2018"],
        "irm_verifiable": "yes", "irm_relevant": "yes", "irm_ambition": "high", "irm_early_results": "Major",
        "notes": "lead cell split at its commas and \"and\" into four names",
    },
}
