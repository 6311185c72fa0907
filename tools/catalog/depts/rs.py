"""人力社保 Human Resources and Social Security."""
from common import *

SIL = "《中华人民共和国社会保险法》"
URP = "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"
SIMC = "《社会保险经办条例》"
EMP = "《中华人民共和国就业促进法》"
EMPREG = "《就业服务与就业管理规定》"
UI = "《失业保险条例》"
SSC_LAW = SIMC

CONTRIB_LEVELS = O("100|100元|CNY 100", "300|300元|CNY 300", "500|500元|CNY 500", "800|800元|CNY 800",
                   "1000|1000元|CNY 1,000", "1500|1500元|CNY 1,500", "2000|2000元|CNY 2,000",
                   "3000|3000元|CNY 3,000", "5000|5000元|CNY 5,000")

SSC_USE = multi("cardServices", "需同步开通的一卡通服务", "Card services to enable", O(
    "medical|医保就医结算|Medical settlement", "finance|金融账户|Bank account",
    "transport|公交出行|Public transport", "culture|文旅场馆（图书馆、景区）|Libraries and scenic spots"))

ITEMS = [
    item("RS-001", "城乡居民基本养老保险参保登记", "Urban and rural residents' basic pension insurance: enrolment", 0, None, "person",
         ["城乡居民养老保险", "居民养老", "参保", "新农保", "养老保险"], [
             mat("id-card"), mat("household-register"),
             matx("urp-enrol-form", "《城乡居民基本养老保险参保登记表》", "Residents' pension enrolment form",
                  note=("系统打印，申请人签字确认", "Printed by the system and signed by the applicant")),
         ], [
             sel("contributionLevel", "选择年缴费档次", "Annual contribution level", CONTRIB_LEVELS, True,
                 help=("可在每年缴费前申请变更档次", "The level can be changed before each year's payment")),
             radio("paymentMethod", "缴费方式", "Payment method", O(
                 "bankDeduct|银行代扣|Bank direct debit", "online|浙里办/支付宝自行缴纳|Self-pay online (Zheliban/Alipay)",
                 "counter|税务窗口缴纳|Pay at the tax counter"), True),
             yn("hasOtherPension", "是否已参加企业职工基本养老保险或机关事业单位养老保险", "Already covered by employee or public-sector pension insurance",
                help=("已参加职工养老保险的不能重复参加城乡居民养老保险", "People in the employee scheme may not enrol twice")),
             DECL(),
         ], al=["居民养老保险参保", "农保参保"], law=[SIL, URP],
         cond=("年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的本省户籍居民。",
               "Registered residents aged 16 or over (not students) who are not covered by the employee or public-sector pension schemes."),
         notes=("参保后按年缴费，缴费档次由个人自主选择；重度残疾人等困难群体可由政府代缴最低档次。",
                "Contributions are paid yearly at a self-chosen level; the government pays the lowest level for severely disabled and other hardship groups.")),

    item("RS-002", "城乡居民基本养老保险缴费档次变更", "Residents' pension insurance: change of contribution level", 0, None, "person",
         ["缴费档次", "养老保险档次", "居民养老"], [mat("id-or-ssc")], [
             sel("currentLevel", "现缴费档次", "Current level", CONTRIB_LEVELS, True),
             sel("contributionLevel", "变更后年缴费档次", "New annual contribution level", CONTRIB_LEVELS, True),
             sel("effectiveYear", "生效年度", "Effective year", O("current|本年度（尚未缴费的）|This year (if not yet paid)",
                                                                "next|下一年度|Next year"), True),
         ], al=["调整养老保险缴费档次"], law=[SIL, URP]),

    item("RS-003", "城乡居民基本养老保险待遇申领", "Residents' pension insurance: claiming the pension", 5, None, "person",
         ["养老金", "居民养老金领取", "60周岁", "待遇申领"], [
             mat("id-card"), mat("household-register"), mat("ssc", note=("作为待遇发放账户，须已激活金融功能", "Used as the payment account; its bank function must be active")),
             matx("urp-claim-form", "《城乡居民基本养老保险待遇申领表》", "Residents' pension claim form"),
         ], [
             num("contributionYears", "累计缴费年限（年）", "Years of contributions", True, min=0, max=60),
             yn("needsBackPay", "缴费年限不足15年，是否申请补缴", "Fewer than 15 years paid: pay the missing years",
                req=False, help=("符合条件的可一次性补缴，但不享受政府补贴", "The missing years may be paid at once, without the government subsidy")),
             radio("payToAccount", "待遇发放账户", "Payment account", O(
                 "ssc|社会保障卡金融账户|Social security card bank account", "bank|其他本人银行账户|Another own bank account"), True),
             DECL(),
         ], tpl=["bank-account"], al=["领取居民养老金", "农保领钱"], law=[SIL, URP],
         cond=("年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的参保人。",
               "Insured persons aged 60 with at least 15 years of contributions and no other statutory basic pension.")),

    item("RS-004", "城乡居民基本养老保险注销登记", "Residents' pension insurance: cancellation of enrolment", 5, None, "person",
         ["养老保险注销", "居民养老注销", "死亡注销", "出国定居"], [
             mat("death-cert", when=eq("cancelReason", "death")),
             mat("hukou-cancel", when=eq("cancelReason", "death")),
             matx("settle-abroad-proof", "出国（境）定居证明", "Proof of settling abroad", when=eq("cancelReason", "abroad")),
             matx("other-scheme-proof", "已参加职工养老保险或享受其他基本养老保障的证明", "Proof of coverage by another pension scheme",
                  when=eq("cancelReason", "otherScheme"), el=True),
             mat("kinship-proof", when=eq("cancelReason", "death")),
         ], [
             radio("cancelReason", "注销原因", "Reason for cancellation", O(
                 "death|参保人死亡|Death of the insured", "abroad|出国（境）定居|Settled abroad",
                 "otherScheme|已享受其他基本养老保障|Covered by another scheme"), True),
             text("insuredName", "参保人姓名", "Insured person's name", True, maxLength=30),
             rid("insuredId", "参保人公民身份号码", "Insured person's resident ID number", True),
             past("deathDate", "死亡日期", "Date of death", vis=eq("cancelReason", "death"), rw=eq("cancelReason", "death")),
             DECL(),
         ], tpl=["bank-account"], al=["注销居民养老保险"], law=[SIL, URP],
         notes=("参保人死亡的，由继承人申请，个人账户余额退还继承人；银行账户填写继承人账户。",
                "On death an heir applies and the account balance is paid to the heir's bank account.")),

    item("RS-005", "个体劳动者（灵活就业人员）参保登记", "Self-employed and flexibly employed persons: social insurance enrolment", 0, None, "person",
         ["灵活就业", "个人参保", "职工养老", "自由职业", "个人缴社保"], [
             mat("id-or-ssc"),
             matx("si-enrol-form", "《社会保险参保登记表》（灵活就业人员）", "Social insurance enrolment form (flexible employment)"),
         ], [
             multi("insuranceTypes", "参保险种", "Insurance types", O(
                 "pension|职工基本养老保险|Employee basic pension", "medical|职工基本医疗保险|Employee basic medical insurance"), True),
             sel("contributionBase", "缴费基数档次", "Contribution base", O(
                 "60|全省全口径平均工资的60%|60% of the provincial average wage",
                 "80|80%|80%", "100|100%|100%", "150|150%|150%", "200|200%|200%", "300|300%|300%"), True),
             radio("paymentCycle", "缴费周期", "Payment cycle", O(
                 "monthly|按月|Monthly", "quarterly|按季|Quarterly", "yearly|按年|Yearly"), True),
             radio("employmentForm", "就业形式", "Form of employment", O(
                 "selfEmployed|无雇工的个体工商户|Sole trader without employees",
                 "partTime|未在用人单位参保的非全日制从业人员|Part-time worker not insured by an employer",
                 "platform|新就业形态（平台）从业人员|Platform worker",
                 "other|其他灵活就业人员|Other flexible employment"), True),
             DECL(),
         ], al=["灵活就业参保", "个体参保"], law=[SIL, SIMC],
         cond=("本省户籍或在本省就业的无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，年龄在16周岁以上、未达到法定退休年龄。",
               "Sole traders without employees, part-time and other flexible workers aged 16 to statutory retirement age who are not insured through an employer.")),

    item("RS-006", "失业登记", "Unemployment registration", 0, None, "person",
         ["失业", "失业登记", "没工作", "失业证"], [
             mat("id-or-ssc"),
             matx("termination-proof", "解除或终止劳动合同证明", "Proof of termination of the labour contract", el=True,
                  when=eq("unemploymentType", "terminated"),
                  note=("单位已在系统办理减员的可数据共享免交", "Not needed when the employer has reported the termination online")),
         ], [
             radio("unemploymentType", "失业类型", "Type of unemployment", O(
                 "terminated|与单位解除、终止劳动关系|Employment terminated",
                 "businessClosed|个体经营或灵活就业中断|Self-employment ended",
                 "graduate|毕业后未就业|Graduate not yet employed",
                 "landLost|被征地失业农民|Farmer without land", "other|其他|Other"), True),
             text("lastEmployer", "原工作单位", "Last employer", maxLength=80, rw=eq("unemploymentType", "terminated"),
                  vis=eq("unemploymentType", "terminated")),
             past("unemployedSince", "失业时间", "Unemployed since", True),
             yn("wantsJob", "是否有就业意愿", "Wants to work"),
             multi("servicesWanted", "希望获得的就业服务", "Employment services wanted", O(
                 "jobReferral|职业介绍|Job referral", "training|职业技能培训|Skills training",
                 "startup|创业服务|Start-up support", "guidance|职业指导|Career guidance"),
                 vis=eq("wantsJob", "yes")),
         ], al=["办理失业登记"], law=[EMP, EMPREG],
         cond=("法定劳动年龄内、有劳动能力、有就业要求、处于无业状态的城乡劳动者。",
               "Working-age people able and wanting to work who have no job.")),

    item("RS-007", "失业保险金申领", "Unemployment insurance benefit: claim", 3, 10, "person",
         ["失业金", "失业保险金", "失业待遇", "领失业金"], [
             mat("id-or-ssc"),
             matx("termination-proof", "解除或终止劳动合同证明", "Proof of termination of the labour contract", el=True,
                  note=("单位已在系统办理减员的可数据共享免交", "Not needed when the employer has reported the termination online")),
         ], [
             text("lastEmployer", "原工作单位名称", "Last employer", True, maxLength=80),
             ccode("lastEmployerCode", "原工作单位统一社会信用代码", "Last employer's unified social credit code"),
             past("terminationDate", "劳动合同解除（终止）日期", "Date the contract ended", True),
             sel("terminationReason", "离职原因", "Reason for leaving", O(
                 "contractExpired|劳动合同期满终止|Contract expired",
                 "employerTerminated|用人单位解除劳动合同|Dismissed by the employer",
                 "employerFault|因用人单位过错由本人解除|Resigned because of the employer's fault",
                 "bankruptcy|单位破产、关闭、撤销|Employer bankrupt or closed",
                 "agreed|协商一致解除（单位提出）|Mutual agreement proposed by the employer",
                 "voluntary|本人主动辞职|Voluntary resignation"), True,
                 help=("本人主动辞职（非因单位过错）的不符合领取条件", "Voluntary resignation without employer fault does not qualify")),
             num("insuredMonths", "累计缴纳失业保险费月数", "Months of unemployment insurance contributions", True, min=0, max=600),
             yn("hasRegistered", "是否已办理失业登记", "Already registered as unemployed"),
             DECL(),
         ], tpl=["bank-account"], al=["失业保险待遇申领"], law=[SIL, UI, "《失业保险金申领发放办法》"],
         cond=("失业前用人单位和本人已缴纳失业保险费满一年、非因本人意愿中断就业、已办理失业登记并有求职要求。",
               "At least one year of contributions, job lost involuntarily, registered as unemployed and looking for work."),
         notes=("失业保险金按月发放，领取期间由失业保险基金代缴基本医疗保险费。",
                "Paid monthly; medical insurance contributions are paid by the fund while the benefit is drawn.")),

    item("RS-008", "社会保障卡申领（即时制卡）", "Social security card: application with instant issue", 0, None, "person",
         ["社保卡", "社会保障卡", "办社保卡", "市民卡", "即时制卡"], [
             mat("id-card"), mat("photo"),
         ], [
             radio("cardFor", "办卡对象", "Card holder", O(
                 "self|本人|Self", "child|未成年子女（监护人代办）|Minor child (by guardian)",
                 "other|他人委托代办|Another person by proxy"), True),
             rid("cardholderId", "持卡人公民身份号码", "Card holder's resident ID number",
                 vis=isin("cardFor", ["child", "other"]), rw=isin("cardFor", ["child", "other"])),
             text("cardholderName", "持卡人姓名", "Card holder's name", maxLength=30,
                  vis=isin("cardFor", ["child", "other"]), rw=isin("cardFor", ["child", "other"])),
             sel("cardBank", "合作银行", "Partner bank", BANKS, True),
             SSC_USE,
         ], al=["社保卡新办", "第三代社保卡"], law=[SIL, SSC_LAW],
         fees=t("首次申领免费", "Free for the first card")),

    item("RS-009", "社会保障卡挂失与解挂", "Social security card: report loss or cancel the loss report", 0, None, "person",
         ["社保卡挂失", "社保卡解挂", "社保卡丢了"], [mat("id-card")], [
             radio("lossAction", "办理类型", "Action", O(
                 "temporary|临时挂失|Temporary loss report", "formal|正式挂失|Formal loss report",
                 "release|解除挂失|Cancel the loss report"), True),
             radio("lossScope", "挂失范围", "Scope", O(
                 "both|社保功能和金融功能同时挂失|Social security and bank functions",
                 "social|仅社保功能|Social security function only"), vis=isin("lossAction", ["temporary", "formal"]),
                 rw=isin("lossAction", ["temporary", "formal"])),
             past("lostDate", "遗失日期", "Date lost", vis=isin("lossAction", ["temporary", "formal"])),
         ], al=["社会保障卡挂失", "社保卡解除挂失"], law=[SSC_LAW]),

    item("RS-010", "企业职工基本养老保险待遇申领（新增退休人员养老保险待遇核准支付）",
         "Employee basic pension: claim on retirement (approval and payment for new retirees)", 10, 20, "person",
         ["退休", "办退休", "养老金", "职工养老", "退休审批"], [
             mat("id-card"), mat("ssc"),
             matx("personnel-file", "人事档案", "Personnel file", note=("由原单位或档案保管机构经办", "Handled by the employer or the archive agency")),
             matx("retirement-form", "《职工退休审批表》", "Employee retirement approval form"),
         ], [
             sel("retirementType", "退休类型", "Type of retirement", O(
                 "normal|达到法定退休年龄|Statutory retirement age",
                 "flexible|弹性提前退休|Flexible early retirement",
                 "flexibleLate|弹性延迟退休|Flexible deferred retirement",
                 "disabled|完全丧失劳动能力退休|Complete loss of working capacity",
                 "special|特殊工种提前退休|Early retirement for hazardous work"), True),
             date("retirementDate", "退休时间", "Retirement date", True),
             radio("insuredAs", "参保身份", "Insured as", O(
                 "employer|单位职工（单位经办）|Employee (via employer)",
                 "flexible|灵活就业人员（个人申请）|Flexibly employed (own application)"), True),
             text("lastEmployer", "最后参保单位", "Last insuring employer", maxLength=80,
                  vis=eq("insuredAs", "employer"), rw=eq("insuredAs", "employer")),
             num("contributionYears", "累计缴费年限（年）", "Years of contributions", True, min=0, max=60),
             yn("hasOtherPlaces", "是否有外省（市）参保缴费记录", "Has contributions in other provinces"),
             DECL(),
         ], tpl=["bank-account"], al=["新增退休人员养老保险待遇核准支付", "退休审批", "办理退休"],
         law=[SIL, "《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》", SIMC],
         cond=("达到法定退休年龄且累计缴费满规定年限（2025年起最低缴费年限逐步提高至20年）。",
               "Reached retirement age with the minimum years of contributions (rising to 20 years from 2025).")),

    item("RS-011", "社会保险个人权益记录查询打印（参保缴费证明）", "Social insurance record: query and print contribution certificate", 0, None, "person",
         ["参保证明", "社保证明", "缴费证明", "社保缴费记录", "打印社保"], [mat("id-or-ssc")], [
             multi("recordTypes", "证明类型", "Certificate type", O(
                 "pension|养老保险参保缴费证明|Pension contributions",
                 "unemployment|失业保险参保缴费证明|Unemployment insurance contributions",
                 "injury|工伤保险参保证明|Work-injury insurance",
                 "account|个人账户对账单|Personal account statement"), True),
             date("periodFrom", "查询起始年月日", "From", maxDate="today"),
             date("periodTo", "查询截止年月日", "To", maxDate="today"),
             sel("purpose", "用途", "Purpose", O(
                 "school|子女入学|Child's school enrolment", "housing|购房、租房|Buying or renting a home",
                 "residence|积分落户、居住证|Residence points or permit", "other|其他|Other"), True),
         ], al=["社保参保证明打印"], law=[SIL, "《社会保险个人权益记录管理办法》"]),

    item("RS-012", "就业困难人员认定", "Recognition as a person with employment difficulties", 5, 15, "person",
         ["就业困难", "困难认定", "就业援助", "4050"], [
             mat("id-card"),
             matx("difficulty-form", "《就业困难人员认定申请表》", "Employment-difficulty application form"),
             mat("disability-cert", when=eq("difficultyCategory", "disabled")),
             mat("hardship-proof", when=eq("difficultyCategory", "lowIncome")),
         ], [
             sel("difficultyCategory", "困难类别", "Category", O(
                 "age|女性40周岁、男性50周岁以上（“4050”人员）|Women over 40 and men over 50",
                 "disabled|残疾人|Person with a disability",
                 "lowIncome|低保、低保边缘家庭成员|Member of a minimum-allowance or marginal household",
                 "zeroEmployment|城镇零就业家庭成员|Member of a zero-employment family",
                 "longUnemployed|连续失业一年以上|Unemployed for over a year",
                 "landLost|被征地农民|Farmer whose land was requisitioned",
                 "other|其他|Other"), True),
             past("unemployedSince", "失业时间", "Unemployed since", True),
             DECL(),
         ], al=["就业困难人员申请"], law=[EMP, EMPREG]),

    item("RS-013", "领取养老金人员待遇资格认证", "Pensioner eligibility verification", 0, None, "person",
         ["资格认证", "生存认证", "养老金认证", "刷脸认证"], [
             mat("id-or-ssc", note=("现场人脸识别比对", "Face recognition at the counter")),
         ], [
             radio("pensionType", "待遇类型", "Type of pension", O(
                 "employee|企业职工基本养老保险|Employee pension", "resident|城乡居民基本养老保险|Residents' pension",
                 "survivor|遗属待遇|Survivor's benefit"), True),
             radio("verifyMethod", "认证方式", "Method", O(
                 "face|现场人脸识别|Face recognition at the counter", "home|上门认证（行动不便）|Home visit (limited mobility)"), True),
             addr("visitAddress", "上门认证地址", "Home visit address", vis=eq("verifyMethod", "home"), rw=eq("verifyMethod", "home")),
         ], al=["养老金资格认证", "待遇资格认证"], law=[SIL, SIMC]),
]

ITEMS += [
    item("RS-014", "企业职工因病或非因工死亡遗属待遇（丧葬补助金、抚恤金）申领", "Survivors' benefits after an employee's death from illness or non-work causes (funeral grant, pension)", 10, 20, "person",
         ["丧葬费", "抚恤金", "遗属待遇", "身后", "死亡待遇"], [
             mat("death-cert"), mat("hukou-cancel"),
             matx("deceased-id", "逝者居民身份证", "Deceased's ID card"),
             matx("claimant-id", "申领人居民身份证", "Claimant's ID card"),
             mat("kinship-proof"), mat("bank-card", name=("申领人银行卡", "Claimant's bank card")),
         ], [
             radio("deceasedStatus", "逝者参保状态", "Status of the deceased", O(
                 "retired|已退休领取养老金|Retired pensioner", "insured|在职参保缴费|Contributing employee"), True),
             group("dependants", "符合条件的供养直系亲属", "Eligible dependants", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 sel("relation", "与逝者关系", "Relation to the deceased", KIN, True),
                 sel("dependantReason", "供养理由", "Reason for support", O(
                     "minor|未满18周岁|Under 18", "elderly|已达退休年龄|Over retirement age",
                     "disabled|完全丧失劳动能力|Unable to work"), True),
             ], minRows=0, maxRows=8),
             DECL(),
         ], tpl=["deceased-person", "bank-account"], al=["职工遗属待遇申领", "丧葬补助金抚恤金申领"],
         law=[SIL, "《人力资源社会保障部 财政部关于企业职工和城乡居民基本养老保险参保人员死亡后遗属待遇的通知》"]),
    item("RS-015", "就业登记", "Employment registration", 0, None, "both",
         ["就业登记", "灵活就业登记", "上班登记"], [
             mat("id-or-ssc"),
             matx("employment-proof", "劳动合同或营业执照", "Labour contract or business licence", el=True,
                  when=isin("jobForm", ["employer", "selfEmployed"])),
         ], [
             radio("jobForm", "就业形式", "Form of employment", O(
                 "employer|单位就业|Employed by an organisation", "selfEmployed|个体经营|Self-employed business",
                 "flexible|灵活就业|Flexible employment"), True),
             text("employerName", "就业单位或经营主体名称", "Employer or business name", maxLength=80,
                  vis=isin("jobForm", ["employer", "selfEmployed"]), rw=isin("jobForm", ["employer", "selfEmployed"])),
             date("employmentStart", "就业起始日期", "Start of employment", True, maxDate="today"),
             sel("flexibleType", "灵活就业类型", "Type of flexible work", O(
                 "platform|网约车、外卖、快递等平台就业|Platform work", "freelance|自由职业|Freelance",
                 "partTime|非全日制就业|Part-time", "farming|农业生产经营|Farming"),
                 vis=eq("jobForm", "flexible"), rw=eq("jobForm", "flexible")),
         ], al=["办理就业登记"], law=[EMP, EMPREG]),
    item("RS-016", "社会保障卡金融功能启用", "Social security card: activating the bank function", 0, None, "person",
         ["社保卡激活", "社保卡金融功能", "社保卡启用"], [mat("id-card"), mat("ssc", el=False)], [
             sel("cardBank", "合作银行", "Partner bank", BANKS, True),
             chk("setPin", "已现场设置金融交易密码", "Bank PIN set at the counter", True),
         ], al=["社保卡银行账户激活"], law=[SSC_LAW]),
    item("RS-017", "社会保障卡补领、换领", "Social security card: replacement or exchange", 0, None, "person",
         ["社保卡补办", "社保卡换卡", "社保卡坏了", "第三代社保卡"], [
             mat("id-card"), matx("old-card", "原社会保障卡", "Old social security card", when=eq("replaceReason", "exchange")),
             mat("photo"),
         ], [
             radio("replaceReason", "办理原因", "Reason", O(
                 "lost|遗失补领（须先正式挂失）|Lost (formal loss report first)", "exchange|损坏或升级换领|Damaged or upgrade"), True),
             sel("cardBank", "合作银行", "Partner bank", BANKS, True),
             SSC_USE,
         ], al=["社保卡补换"], law=[SSC_LAW], fees=t("补领、换领按当地规定收取工本费，升级换领免费", "Replacement fee per local rules; upgrades free")),
    item("RS-018", "企业职工基本养老保险关系转移接续申请", "Transfer of employee basic pension insurance", 15, 45, "person",
         ["养老保险转移", "社保转移", "社保转入", "跨省转移", "军人退役接续"], [
             mat("id-card"), matx("contribution-voucher", "参保缴费凭证（可线上开具）", "Contribution voucher (can be issued online)", el=True),
             matx("transfer-form", "《基本养老保险关系转移接续申请表》", "Pension transfer application form"),
         ], [
             sel("transferSource", "转出地类型", "Transfer from", O(
                 "otherProvince|外省（市）职工养老保险|Employee pension in another province",
                 "inProvince|省内其他统筹区|Elsewhere in Zhejiang", "military|军队（退役军人养老保险）|Military pension insurance"), True),
             text("transferFromArea", "转出地社保机构", "Sending social insurance agency", True, maxLength=60),
             num("contributionYears", "转出地缴费年限（年）", "Years contributed there", True, min=0, max=60),
         ], al=["职工养老保险转移接续"], law=[SIL, "《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66号）"]),
]
