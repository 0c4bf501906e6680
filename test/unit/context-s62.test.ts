import { describe, expect, it } from 'vitest';
import { extractedIds } from './readers';

// Session 62 (#13, helper s62-skills): tools waived after them in the session's languages, systems another party runs
// (in those languages, and English passives with a possessive runner or a relative clause), a client's tool told by the
// genitive after it, and lists headed as what the job is not (lib/skills/context-s62.ts), from the tune half of
// fresh-skills-s62a. Sentences written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;

describe('a tool waived after it, in the same sentence', () => {
  it('drops it in Serbian, Slovenian, Bulgarian, Russian, Latvian, Hebrew, Arabic, Azerbaijani, Vietnamese and Albanian', () => {
    expect(skills('Tražimo iskustvo sa Javom i Spring Bootom. Angular ne moraš da znaš, to radi frontend tim.')).not.toContain('angular');
    expect(skills('Pričakujemo znanje Pythona. Terraform ni pogoj za to delovno mesto.')).not.toContain('terraform');
    expect(skills('Очакваме опит с Java. Kubernetes не е задължително да познаваш.')).not.toContain('kubernetes');
    expect(skills('Требования: опыт с Go. Знание Terraform не требуется.')).not.toContain('terraform');
    expect(skills('Mēs sagaidām Python pieredzi. Angular zināšanas nav nepieciešamas.')).not.toContain('angular');
    expect(skills('דרישות: ניסיון ב-Go. הצוות עובד גם עם Scala, ואין צורך בידע בה.')).not.toContain('scala');
    expect(skills('المطلوب: خبرة في Java. الـ Angular مش مطلوب منك.')).not.toContain('angular');
    expect(skills('Tələblər: Java təcrübəsi. React və Vue bilmək tələb olunmur.')).not.toEqual(expect.arrayContaining(['react']));
    expect(skills('Tələblər: Java təcrübəsi. React və Vue bilmək tələb olunmur.')).not.toEqual(expect.arrayContaining(['vue']));
    expect(skills('Yêu cầu: kinh nghiệm Java. Dự án cũ viết bằng PHP, bạn không cần động vào.')).not.toContain('php');
    expect(skills('Kërkesat: Python. Jenkins-in nuk e administron ti; e mban ekipi i platformës.')).not.toContain('jenkins');
  });
  it('keeps a tool asked beside it, a tool the waiver is about another, and one called an advantage', () => {
    expect(skills('Tražimo iskustvo sa Javom i Spring Bootom. Angular ne moraš da znaš, to radi frontend tim.')).toEqual(expect.arrayContaining(['java', 'spring-boot']));
    expect(skills('Potrebno je znanje: Python, nije potrebno iskustvo sa Kubernetes klasterima.')).toContain('python');
    expect(skills('Знание на Docker не е задължително, но е предимство.')).toContain('docker');
    expect(skills('Kafka pieredze nav obligāta, bet būs priekšrocība.')).toContain('kafka');
    expect(skills('Требования: опыт с Go и PostgreSQL, знание Kafka обязательно.')).toEqual(expect.arrayContaining(['go', 'postgresql', 'kafka']));
  });
});

describe('a system another party runs, told in the same sentence', () => {
  it('drops it in Slovenian, Serbian, Latvian, Bulgarian, Hebrew, Arabic and Vietnamese', () => {
    expect(skills('Pričakujemo znanje SQL. Sistem Jira ureja oddelek za kakovost.')).not.toContain('jira');
    expect(skills('Tražimo C# i .NET. Tableau izveštaje održava kolega iz finansija.')).not.toContain('tableau');
    expect(skills('Mēs sagaidām Go pieredzi. Noliktavas Odoo uztur ārējs piegādātājs.')).not.toContain('odoo');
    expect(skills('Търсим опит с Python. Salesforce се поддържа от отделен екип в Пловдив.')).not.toContain('salesforce');
    expect(skills('דרישות: Python. צוות ה-IT שלנו מתחזק את Jenkins.')).not.toContain('jenkins');
    expect(skills('المطلوب: Java. نظام Salesforce يديره فريق المبيعات.')).not.toContain('salesforce');
    expect(skills('Yêu cầu: Java. Ứng dụng iOS do đội Swift khác làm.')).not.toContain('swift');
    expect(skills('Pričakujemo PHP. Poročila v Tableau ureja naša ekipa Tableau v Kopru.')).not.toContain('tableau');
  });
  it('drops it in an English passive with a possessive runner, a verb the older class lacks, or a relative clause', () => {
    expect(skills('We want Go and SQL. The Kafka brokers are operated by the bank\u2019s own infrastructure team.')).not.toContain('kafka');
    expect(skills('We want Go and SQL. Our Jira instance is administered by the group IT department.')).not.toContain('jira');
    expect(skills('We want Go and SQL. The ERP (Odoo), which an outside partner configures, sends us nightly files.')).not.toContain('odoo');
  });
  it('keeps it when the hire runs it or joins the team that does', () => {
    expect(skills('We want Go and SQL. The Kafka brokers are operated by the platform team you will join.')).toContain('kafka');
    expect(skills('Pričakujemo znanje SQL. Ti boš urejal Jiro in skrbel za Confluence ter določal pravice.')).toContain('jira');
    expect(skills('Tražimo iskustvo sa Kubernetesom i Terraformom; naš tim radi u Kubernetesu svaki dan, uključujući dežurstva.')).toContain('kubernetes');
    expect(skills('דרישות: ניסיון בתחזוקת Jenkins ו-Kubernetes.')).toEqual(expect.arrayContaining(['jenkins', 'kubernetes']));
  });
});

describe("a client's tool told by the genitive after it", () => {
  it("drops it in Filipino-English, Albanian, Bulgarian and Hebrew, with the tools listed before it", () => {
    expect(skills('Kailangan: Python at SQL. Ang HubSpot at Jira ng mga kliyente ay hindi natin hawak.')).not.toEqual(expect.arrayContaining(['hubspot']));
    expect(skills('Kërkesat: Python. Jira-n dhe Confluence-in e klientëve nuk i prekim.')).not.toContain('jira');
    expect(skills('Очакваме Java. Интеграция към HubSpot на клиентите не правим.')).not.toContain('hubspot');
    expect(skills('דרישות: Go. המוצר שולח נתונים ל-Snowflake ול-BigQuery של הלקוחות.')).not.toEqual(expect.arrayContaining(['snowflake']));
  });
  it('keeps a tool the hire uses for the clients', () => {
    expect(skills('Kailangan: marunong sa Python at SQL para sa reports ng mga kliyente.')).toEqual(expect.arrayContaining(['python', 'sql']));
  });
});

describe('a list headed as what the job is not', () => {
  it('drops the tools on the head\u2019s line and in the bullets under it', () => {
    expect(skills('You will build Go services on PostgreSQL.\n\nWhat you won\u2019t do: the Tableau reports or the HubSpot setup.')).not.toEqual(expect.arrayContaining(['tableau']));
    expect(skills('You will build Go services on PostgreSQL.\n\nNot the job: keeping Jenkins alive.')).not.toContain('jenkins');
    expect(skills('You will build Go services on PostgreSQL.\n\nThings that are not the job:\n- the Salesforce admin work\n- Tableau dashboards\n\nNice: Kafka.')).not.toEqual(
      expect.arrayContaining(['salesforce']),
    );
    expect(skills('You will build Go services on PostgreSQL.\n\nOut of scope: SAP and the warehouse scanners.')).not.toContain('sap');
  });
  it('keeps what the job is, before the head, after a blank line, and a head that says what you will do', () => {
    expect(skills('You will build Go services on PostgreSQL.\n\nWhat you won\u2019t do: the Tableau reports.')).toEqual(expect.arrayContaining(['go', 'postgresql']));
    expect(skills('You will build Go services on PostgreSQL.\n\nThings that are not the job:\n- the Salesforce admin work\n\nNice: Kafka.')).toContain('kafka');
    expect(skills('What you will do: build Go services and run Kafka.')).toEqual(expect.arrayContaining(['go', 'kafka']));
    expect(skills('Not sure you tick every box? Apply anyway: Python and SQL are what matter.')).toEqual(expect.arrayContaining(['python', 'sql']));
  });
});

describe('from the carry-over batch (fresh-skills-s62a2, tune half)', () => {
  it('drops a tool named as another team\u2019s, or as belonging to another unit', () => {
    expect(skills('We want Go and SQL. The web app is built by a separate Vue team in Porto.')).not.toContain('vue');
    expect(skills('We want Go and SQL. Payroll runs in Workday, which belongs to the HR systems team.')).not.toContain('workday');
    expect(skills('Търсим опит с Go. Алармите в PagerDuty са на екипа по поддръжка.')).not.toContain('pagerduty');
    expect(skills('Tražimo Go i SQL. Grafana je posao drugog tima u Nišu.')).not.toContain('grafana');
    expect(skills('Kërkesat: Go. Grafana-n dhe Prometheus-in i mban ekipi i operacioneve.')).not.toContain('grafana');
  });
  it('drops a Vietnamese tool made by a team or the customer\u2019s own', () => {
    expect(skills('Yêu cầu: Java. Trang quản trị Angular do nhóm frontend phụ trách.')).not.toContain('angular');
    expect(skills('Yêu cầu: Java. Ứng dụng Android do đội Kotlin bên Singapore làm.')).not.toContain('kotlin');
    expect(skills('Yêu cầu: Java. Khách hàng theo dõi lỗi trên Jira của họ.')).not.toContain('jira');
    expect(skills('Yêu cầu: Java. Phần quản trị Jenkins không thuộc công việc của bạn.')).not.toContain('jenkins');
  });
  it('drops a name disclaimed as a tool in its own sentence', () => {
    expect(skills('You will write Go. Our Swift lounge is a meeting room, not a language.')).not.toContain('swift');
  });
  it('keeps the hire\u2019s own team, a team the hire joins, and what belongs to the hire', () => {
    expect(skills('You will join the Vue team and build the checkout in Vue.')).toContain('vue');
    expect(skills('We want Go and SQL. Workday integrations belong to the HR systems team you will join.')).toContain('workday');
    expect(skills('Yêu cầu: thành thạo Jira và Confluence để quản lý công việc.')).toEqual(expect.arrayContaining(['jira', 'confluence']));
    expect(skills('You will write Swift. Swift is a language we love.')).toContain('swift');
  });
});
