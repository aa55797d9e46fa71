// Statements that lean on another sentence, from the shipped article and ../shared/corpus, and
// statements that stand alone.
import { describe, expect, it } from "vitest";
import { danglingReferent } from "./standalone";

describe("danglingReferent", () => {
  it.each([
    "True or false: The process has stalled.",
    "These competing narratives have deepened mistrust.",
    "The ministry subsequently cancelled the licence of the operator.",
    "In 2004 it detected more than 18 million phishing e-mails.",
    "It is thought that the machine may be unveiled at the Electronic Entertainment Expo.",
    "Fans will be able to download it for $0.99 from the online store.",
    "Back under the spotlight she will try to erase the disappointment of the Olympics.",
    "Radcliffe has never raced there before and will enter the unknown in November.",
    "Ms Kelly has not set out her views on either issue yet.",
    "Then there was a bit of a glitch in 2000.",
    "A spokeswoman said the figures were not final.",
    "Investigating the blasts which killed more than 250 people.",
    "Fill in the blank: Investigating the blasts which killed more than ____ people and wounded 1,000.",
    "To date the company has caught more than 60 million copies of the virus.",
    "The virus was isolated from the child's stool samples.",
    "They often live among civilian populations in urban and rural settings.",
    "Such methods highlight the technological adaptation of militant groups.",
    "This reality increases the risk of civilian harm during aerial operations.",
    "The development has sharply escalated tensions between Islamabad and Kabul.",
    "Many of these fighters fought alongside them during years of insurgency.",
    "He was sentenced in early February to 18 months in jail.",
    "Fill in the blank: The accused were charged with attacking and ransacking the ISI office in ____.",
    "True or false: The high court also directed the trial court to decide the bail petitions afresh on merit.",
    "The 21-year-old missed the first four months of the season with a similar injury.",
    "Matt Groening was also at the awards to collect the award for best international comedy.",
    "At the last hearing, it also noted that the focal person of the home department had submitted.",
    "Unlike virtual reality, which delivers an entirely computer-generated scene to the viewer.",
    "Although details of PlayStation 3, Xenon, and Nintendo's so-called Revolution, are yet to be finalised.",
    "Prima facie this is because of lack of efforts on the party of ministry of interior.",
    "According to this criteria, 82pc distribution was made on population.",
    "The only way to protect children from polio is through vaccination, he said.",
    "Judge Arshad Javed extended the bail of the former premier in the May 9 cases.",
    "At Cern, Dr Carpenter helped pioneer net applications, so he is well-placed to oversee such a task.",
    "The only other non-League side in the draw are Hinckley United.",
    "The 13 February ceremony will include a rendition of a Beatles song.",
    "Some parts of school policy can be partisan and contentious, but not this.",
    "By now you are surely sitting in your chair, agreeing with every word of the plan.",
    "Doctors in Velden have been spreading the same message to parents this week.",
    "The council voted to approve both measures on Tuesday.",
    "Similar flooding hit the coast of Velden last spring.",
    "There's no generic, and it's a financial stretch at nearly $900 a month.",
    "It's suddenly so popular that pharmacies run out.",
    "If not, it is normally a bearish time for the stock.",
    "Just ask the folks at Amgen of Thousand Oaks.",
    "According to the writer, part of what set me off that week was my patients' struggle.",
    "Senator Ada Lim says no, and her bill requires the companies to ask first.",
    "The group separately confirmed the receipt of the approval.",
    "The companies' boards reached an agreement on the terms in April.",
    "In the wake of that outbreak, officials improved their tests for infectious diseases.",
    "As if things were not murky enough, the studio is also working on a second film.",
    "The Tory spokesman criticised the government for its claims about the treaty.",
    "As far as I am concerned, that should be as far as politics reach into libraries.",
    "After this, the prince will struggle to restore his reputation in public life.",
    "The minister has admitted as much in a letter to the committee on Tuesday.",
    "Fran took the call from a dispatch operator at the station on Monday night.",
    "According to guidance from the clinic.), (As the doctor noted at the time.",
    "Given that history and the fact that the minister has made many false claims since taking office.",
    "According to the writer, maybe no one believed a story you told as a child at school.",
  ])("finds the missing referent in %j", (s) => {
    expect(danglingReferent(s)).toBeDefined();
  });

  it.each([
    "Pakistan has carried out intelligence-based airstrikes in three Afghan provinces.",
    "According to official claims, more than 100 militants were killed in the strikes.",
    "The Afghan Taliban lack a functional air force, yet they possess significant weaponry.",
    "While Afghanistan has witnessed relative internal stability, Pakistan has seen a reported 45 percent increase in terrorist attacks.",
    "The killing of a stray cat in Turkiye's Istanbul has triggered petitions, protests and death threats.",
    "Ibrahim K was retried on Wednesday in a court building where hundreds of people thronged the corridors.",
    "True or false: The Sindh High Court on Friday expressed resentment towards the interior ministry.",
    "Militants do not operate from clearly demarcated camps or fortified compounds.",
    "The Lahore High Court extended the bail of the former premier Imran Khan in the May 9 cases.",
    "The latest polio case has been reported from Balochistan's Chaman district.",
    "Cities such as Leeds and York collected 4,200 parking fines in March.",
    "Although details of the new consoles are yet to be finalised, developers are already working on titles.",
    "Velden Council praised the Fight for Your Rights series that focused on tolerance.",
    "Velden Council approved both the budget and the new harbour plan on Monday.",
    "Harbour Lights is based upon the novel of the same name by a Velden journalist.",
    // ("the share price" is a price; "the name of the game" a saying; "it is … job to" an "it"
    // that stands for the clause after it.)
    "A poor harvest can cause a swing in the share price, Anna Ruiz said.",
    '"Patience is the name of the game," said Tom Hale.',
    '"For some companies, it is the analysts\' job to predict future earnings," Kaye said.',
  ])("lets %j stand", (s) => {
    expect(danglingReferent(s)).toBeUndefined();
  });
});
