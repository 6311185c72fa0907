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

# ---------------------------------------------------------------- rows of the township list not yet covered, and sub-items

TRAIN = "《国务院关于推行终身职业技能培训制度的意见》（国发〔2018〕11号）"
LABOUR_MED = "《中华人民共和国劳动争议调解仲裁法》"
WAGES = "《保障农民工工资支付条例》"
LSS = "《劳动保障监察条例》"

LEAVE_REASON = O("employer|用人单位解除或终止劳动合同|Contract ended or terminated by the employer",
                 "resign|本人辞职|Resigned", "business|个体经营停止|Own business closed",
                 "graduate|毕业未就业|Graduated without a job", "other|其他|Other")

ITEMS += [
    item("RS-019", "城乡居民基本养老保险个人账户一次性待遇（余额）及丧葬补助金申领",
         "Residents' pension insurance: lump-sum payment of the individual account balance and funeral grant", 10, None, "person",
         ["居民养老个人账户", "丧葬补助金", "农保退钱", "身后"], [
             mat("death-cert", note=("或火化证明，数据共享可免交", "Or the cremation certificate; fetched through data sharing")),
             matx("deceased-id", "逝者居民身份证或户口注销证明", "ID card of the deceased or hukou cancellation record", el=True),
             mat("id-card", name=("申领人居民身份证", "Claimant's resident ID card")),
             mat("kinship-proof"),
             mat("bank-card", name=("申领人本人银行卡", "Claimant's own bank card")),
         ], [
             yn("otherHeirsAgree", "其他法定继承人是否同意由申领人领取", "The other legal heirs agree that the claimant receives it"),
             num("heirCount", "第一顺序继承人人数", "Number of first-order heirs", True, min=1, max=20),
             yn("wasReceivingPension", "逝者生前是否已领取城乡居民养老金", "The deceased was already drawing the residents' pension"),
             DECL(),
         ], tpl=["deceased-person", "bank-account"], al=["居民养老保险个账余额领取", "城乡居民丧葬补助金"], law=[SIL, URP],
         notes=("已领取待遇的参保人死亡后，继承人可领取个人账户余额和丧葬补助金；死亡次月起停发养老金，多发部分应退还。",
                "Heirs receive the account balance and the funeral grant; the pension stops the month after death and overpayments are recovered.")),

    item("RS-020", "城乡居民基本养老保险关系转移接续申请", "Residents' pension insurance: transfer between counties or provinces", 15, 45, "person",
         ["居民养老转移", "农保转移", "转移接续", "户口迁移"], [
             mat("id-card"), mat("household-register", note=("须为迁入地户籍", "Must show the new place of registration")),
             matx("urp-transfer-form", "《城乡居民基本养老保险关系转入申请表》", "Residents' pension transfer-in application form"),
         ], [
             text("transferFrom", "转出地（省、市、县）", "Transferring from (province, city, county)", True, maxLength=60),
             past("hukouMoveDate", "户籍迁入本地日期", "Date the household registration moved here", True),
             yn("receivingPensionAlready", "是否已在原参保地领取待遇", "Already drawing the pension where insured before",
                help=("已领取待遇的不转移，继续在原参保地领取", "Pensioners already drawing benefits stay with the old scheme")),
             DECL(),
         ], al=["城乡居民养老保险转入"], law=[SIL, URP, "《城乡养老保险制度衔接暂行办法》"],
         cond=("参保人已在原参保地缴费、尚未领取待遇，且户籍迁入本县（市、区）。",
               "Contributors not yet drawing a pension whose household registration has moved into this county.")),

    item("RS-021", "城乡养老保险制度衔接申请", "Linking residents' and employee pension insurance", 15, 45, "person",
         ["制度衔接", "城乡衔接", "职工养老转居民", "居民养老转职工"], [
             mat("id-card"), mat("ssc"),
             matx("link-form", "《城乡养老保险制度衔接申请表》", "Pension scheme linking application form"),
             matx("employee-record", "职工养老保险参保缴费凭证", "Proof of employee pension contributions", el=True,
                  note=("可在浙里办开具，数据共享", "Printed from Zheliban; fetched through data sharing")),
         ], [
             radio("linkDirection", "衔接方向", "Direction", O(
                 "toEmployee|城乡居民养老保险转入职工养老保险|Residents' scheme into employee scheme",
                 "toResident|职工养老保险转入城乡居民养老保险|Employee scheme into residents' scheme"), True,
                 help=("职工养老缴费满15年的可申请居民转职工；不足15年的可申请职工转居民", "15+ years in the employee scheme: residents' into employee; fewer: the other way")),
             num("employeeYears", "职工养老保险累计缴费年限（年）", "Years of employee pension contributions", True, min=0, max=50),
             num("residentYears", "城乡居民养老保险累计缴费年限（年）", "Years of residents' pension contributions", True, min=0, max=50),
             yn("reachedPensionAge", "是否已达到法定退休年龄", "Has reached statutory retirement age"),
             DECL(),
         ], al=["城乡养老保险衔接", "居保转职保"], law=[SIL, "《城乡养老保险制度衔接暂行办法》（人社部发〔2014〕17号）"]),

    item("RS-022", "被征地农民参加基本养老保险申请", "Farmers whose land was requisitioned: joining basic pension insurance", 15, None, "person",
         ["被征地农民", "征地养老", "土地征收", "失地农民"], [
             mat("id-card"), mat("household-register"),
             matx("land-loss-list", "被征地农民身份认定材料（村、乡镇公示名单）", "Recognition as a land-loss farmer (public village/township list)", el=True,
                  note=("由村、乡镇按征地批次报送，窗口数据核对", "Submitted per requisition batch by the village and township; checked at the counter")),
         ], [
             text("requisitionBatch", "征地批次（批文号）", "Requisition batch (approval number)", True, maxLength=60),
             text("villageName", "原承包土地所在村", "Village of the former contracted land", True, maxLength=40),
             radio("insuranceChoice", "参保方式", "Scheme chosen", O(
                 "employee|参加企业职工基本养老保险（补缴）|Join the employee scheme (back-payment)",
                 "resident|参加城乡居民基本养老保险（提高缴费档次）|Residents' scheme at a higher level"), True),
             DECL(),
         ], al=["失地农民养老保险"], law=[SIL, "《浙江省征地补偿和被征地农民基本生活保障办法》"]),

    item("RS-023", "灵活就业人员参保中断（停保）登记", "Flexible employment: suspending social insurance", 0, None, "person",
         ["停保", "灵活就业停保", "暂停缴费", "参保中断"], [mat("id-or-ssc")], [
             multi("stopSchemes", "停止缴费险种", "Schemes to stop", O(
                 "pension|企业职工基本养老保险|Employee pension insurance",
                 "medical|职工基本医疗保险|Employee medical insurance"), True),
             sel("stopReason", "停保原因", "Reason", O(
                 "employed|已被单位录用，由单位参保|Hired; the employer now insures",
                 "cannotPay|暂时无力缴费|Cannot pay for now", "movedAway|户籍或居住地迁出|Moved away",
                 "resident|转参加城乡居民保险|Switching to the residents' schemes", "other|其他|Other"), True),
             text("newEmployer", "新就业单位名称", "New employer", maxLength=80, vis=eq("stopReason", "employed"), rw=eq("stopReason", "employed")),
             date("stopFromMonth", "停保起始月份（填该月1日）", "Stop from (first day of the month)", True),
         ], al=["灵活就业人员停止缴费"], law=[SIL, SIMC],
         notes=("停保后累计缴费年限保留，重新参保后合并计算；医保停保次月起停止享受待遇。",
                "Contribution years are kept and added up on re-enrolment; medical benefits stop the month after.")),

    item("RS-024", "参保人员个人基本信息变更", "Insured person: change of basic personal data", 0, None, "person",
         ["信息变更", "社保信息变更", "改名", "身份证号变更"], [
             mat("id-card"),
             mat("household-register", when=isin("changedItem", ["name", "idNumber", "birthDate"]),
                 note=("姓名、身份证号、出生日期变更须以户籍信息为准", "Name, ID number or birth date follow the household register")),
             matx("police-change-proof", "公安机关出具的户籍信息变更证明", "Police record of the registration change",
                  when=isin("changedItem", ["idNumber", "birthDate"]), el=True),
         ], [
             sel("changedItem", "变更项目", "Data to change", O(
                 "name|姓名|Name", "idNumber|公民身份号码|ID number", "birthDate|出生日期|Date of birth",
                 "mobile|联系电话|Phone number", "address|通讯地址|Postal address", "education|文化程度|Education"), True),
             text("oldValue", "变更前内容", "Current value", True, maxLength=100),
             text("newValue", "变更后内容", "New value", True, maxLength=100),
             area("infoChangeReason", "变更原因", "Reason for the change", True, maxLength=300),
         ], al=["社保个人信息修改"], law=[SIL, SIMC],
         notes=("出生日期变更涉及待遇领取年龄的，由县级社保经办机构审核，窗口不能当场变更。",
                "A birth-date change that affects pension age is reviewed by the county agency, not changed at the counter.")),

    item("RS-025", "养老保险待遇发放账户维护申请", "Pension payment account: change of bank account", 0, None, "person",
         ["发放账户变更", "养老金银行卡", "换卡", "养老金账户"], [
             mat("id-card"), mat("bank-card", name=("新的本人银行卡或社会保障卡", "New own bank card or social security card")),
         ], [
             radio("pensionScheme", "待遇类别", "Pension scheme", O(
                 "employee|企业职工基本养老保险|Employee pension", "resident|城乡居民基本养老保险|Residents' pension"), True),
             sel("accountChangeReason", "变更原因", "Reason", O(
                 "lost|原卡遗失|Card lost", "closed|原账户已销户|Old account closed",
                 "sscFinance|改用社会保障卡金融账户|Switch to the social security card account", "other|其他|Other"), True),
         ], tpl=["bank-account"], al=["养老金发放账户变更"], law=[SIL, SIMC]),

    item("RS-026", "《就业创业证》申领", "Employment and Entrepreneurship Certificate: application", 0, None, "person",
         ["就业创业证", "失业证", "就业失业登记证"], [
             mat("id-card"), mat("photo", required=False, note=("有电子证照照片的免交", "Not needed when an e-licence photo exists")),
         ], [
             radio("certForm", "证件形式", "Form", O("electronic|电子证|Electronic", "paper|纸质证|Paper booklet"), True),
             sel("currentEmploymentStatus", "当前就业状态", "Current employment status", O(
                 "unemployed|已办理失业登记|Registered unemployed", "employed|已就业|Employed",
                 "selfEmployed|自主创业|Self-employed"), True),
         ], al=["就业创业证办理"], law=[EMP, EMPREG, "《人力资源社会保障部关于做好〈就业创业证〉发放管理工作的通知》"]),

    item("RS-027", "灵活就业人员社会保险补贴申领", "Social insurance subsidy for flexibly employed persons with employment difficulties", 15, 20, "person",
         ["社保补贴", "灵活就业补贴", "就业困难人员"], [
             mat("id-card"),
             matx("hard-to-employ-proof", "就业困难人员认定结果", "Recognition as a person with employment difficulties", el=True),
             matx("contribution-record", "社会保险缴费凭证", "Social insurance payment record", el=True),
             mat("bank-card"),
         ], [
             past("subsidyFrom", "申请补贴起始月份（填该月1日）", "Subsidy from (first day of the month)", True),
             past("subsidyTo", "申请补贴截止月份（填该月1日）", "Subsidy to (first day of the month)", True),
             sel("flexibleForm", "灵活就业形式", "Form of flexible employment", O(
                 "freelance|自由职业|Freelance", "platform|平台就业（外卖、网约车等）|Platform work",
                 "partTime|非全日制就业|Part-time", "household|家政服务|Domestic service"), True),
             DECL(),
         ], tpl=["bank-account"], al=["就业困难人员灵活就业社保补贴"], law=[EMP, "《就业补助资金管理办法》"]),

    item("RS-028", "失业保险待遇期间医疗保险费代缴", "Medical insurance paid from the unemployment fund during benefit", 0, None, "person",
         ["失业医保", "失业期间医保", "代缴医保"], [mat("id-or-ssc")], [
             past("benefitStartDate", "失业保险金领取起始日期", "Unemployment benefit start date", True),
             radio("medicalSchemeBefore", "失业前医保参保类型", "Medical scheme before unemployment", O(
                 "employee|职工基本医疗保险|Employee medical insurance", "resident|城乡居民医疗保险|Residents' medical insurance"), True),
         ], al=["失业人员医保代缴"], law=[SIL, UI]),

    item("RS-029", "一次性创业补贴申领", "One-off business start-up subsidy", 15, 20, "both",
         ["创业补贴", "一次性创业补贴", "大学生创业", "返乡创业"], [
             mat("id-card"), mat("business-licence"),
             matx("startup-contribution", "创业者本人社会保险缴费证明（连续缴费满6个月）", "Founder's social insurance record (6 months in a row)", el=True),
             mat("residence-proof", name=("经营场所证明（产权证明或租赁合同）", "Proof of business premises (title or lease)")),
             mat("bank-card", name=("企业对公账户或个体户经营者本人银行卡", "Company account or the owner's own bank card")),
         ], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             sel("founderCategory", "创业者类别", "Founder category", O(
                 "graduate|毕业5年内高校毕业生|Graduate within 5 years", "returnee|返乡入乡创业人员|Returning rural entrepreneur",
                 "hardToEmploy|就业困难人员|Person with employment difficulties", "veteran|退役军人|Veteran",
                 "disabled|残疾人|Person with a disability"), True),
             past("registrationDate", "营业执照登记日期", "Registration date", True),
             num("employees", "带动就业人数（含本人）", "Jobs created (including the founder)", True, min=1, max=500),
             DECL(),
         ], tpl=["bank-account"], al=["创业补贴申请"], law=[EMP, "《浙江省就业创业扶持政策》"]),

    item("RS-030", "创业担保贷款申请（受理转办）", "Business start-up guaranteed loan: application (forwarded)", 10, 20, "both",
         ["创业担保贷款", "创业贷款", "贴息贷款"], [
             mat("id-card"), mat("household-register"), mat("business-licence"),
             matx("business-plan", "创业计划书", "Business plan"),
             matx("marital-status", "婚姻状况证明（已婚的提供结婚证）", "Marital status proof (marriage certificate if married)", el=True),
         ], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             money("loanAmount", "申请贷款金额（元）", "Loan requested (CNY)", True, min=10000, max=500000,
                   help=("个人创业担保贷款最高50万元", "Individual loans up to CNY 500,000")),
             num("loanTermYears", "贷款期限（年）", "Term (years)", True, min=1, max=3),
             sel("loanBank", "拟贷款银行", "Lending bank", BANKS, True),
             sel("maritalStatus", "婚姻状况", "Marital status", O(
                 "single|未婚|Single", "married|已婚|Married", "divorced|离异|Divorced", "widowed|丧偶|Widowed"), True),
             DECL(),
         ], tpl=["spouse"], al=["创业贷款贴息"], law=[EMP, "《普惠金融发展专项资金管理办法》（财金〔2019〕96号）"]),

    item("RS-031", "职业技能培训补贴申领", "Vocational skills training subsidy", 15, 20, "person",
         ["培训补贴", "技能补贴", "职业技能等级证书", "技能提升"], [
             mat("id-card"),
             matx("skill-cert", "职业技能等级证书、专项能力证书或培训合格证书", "Skill-level or training certificate", el=True),
             mat("bank-card"),
         ], [
             text("occupation", "培训职业（工种）", "Occupation trained for", True, maxLength=40),
             sel("skillLevel", "证书等级", "Certificate level", O(
                 "special|专项职业能力|Specialised ability", "5|五级/初级工|Level 5", "4|四级/中级工|Level 4",
                 "3|三级/高级工|Level 3", "2|二级/技师|Level 2", "1|一级/高级技师|Level 1"), True),
             text("certificateNo", "证书编号", "Certificate number", True, maxLength=40),
             past("certificateDate", "发证日期", "Date issued", True),
             text("trainingProvider", "培训机构", "Training provider", True, maxLength=80),
         ], tpl=["bank-account"], al=["技能培训补贴申请"], law=[EMP, TRAIN]),

    item("RS-032", "求职登记与职业介绍", "Job-seeker registration and job referral", 0, None, "person",
         ["求职", "找工作", "职业介绍", "招聘"], [
             mat("id-or-ssc"), matx("diploma", "学历证书", "Diploma", required=False, el=True),
         ], [
             sel("education", "文化程度", "Education", EDUCATION, True),
             text("desiredJob", "意向职业（岗位）", "Desired job", True, maxLength=40),
             money("expectedWage", "期望月薪（元）", "Expected monthly wage (CNY)", True, max=100000),
             sel("workArea", "意向工作地", "Preferred work place", O(
                 "township|本乡镇|This township", "county|本县（市、区）|This county", "province|省内|In the province",
                 "any|不限|Anywhere"), True),
             chk("acceptsTraining", "愿意参加就业技能培训", "Willing to take job-skills training"),
         ], al=["就业服务登记"], law=[EMP, EMPREG]),

    item("RS-033", "社会保障卡申领（非即时制卡）", "Social security card: application (made centrally)", 15, 30, "person",
         ["社保卡", "社会保障卡申领", "邮寄社保卡"], [
             mat("id-card"), mat("photo"),
             matx("ssc-apply-form", "《社会保障卡申领登记表》", "Social security card application form"),
         ], [
             radio("collectMethod", "领卡方式", "Collection", O(
                 "counter|到本窗口领取|Collect at this window", "post|邮寄到家|Post to home"), True),
             addr("postalAddress", "邮寄地址", "Postal address", vis=eq("collectMethod", "post"), rw=eq("collectMethod", "post")),
             sel("cardBank", "合作银行", "Partner bank", BANKS, True),
             SSC_USE,
         ], al=["社保卡邮寄办理"], law=[SIL, SSC_LAW]),

    item("RS-034", "社会保障卡信息变更及密码重置", "Social security card: data change and PIN reset", 0, None, "person",
         ["社保卡密码", "密码重置", "社保卡信息变更", "社保卡解锁"], [mat("id-card"), mat("ssc")], [
             radio("sscAction", "办理事项", "Action", O(
                 "pinReset|服务密码重置（忘记或锁定）|Reset the service PIN (forgotten or locked)",
                 "dataChange|卡面或持卡人信息变更|Change of card-holder data"), True),
             sel("sscChangedItem", "变更项目", "Data to change", O(
                 "mobile|预留手机号|Registered mobile", "address|通讯地址|Address", "name|姓名（须先变更户籍）|Name (after the hukou change)"),
                 vis=eq("sscAction", "dataChange"), rw=eq("sscAction", "dataChange")),
             text("sscNewValue", "变更后内容", "New value", maxLength=100, vis=eq("sscAction", "dataChange"), rw=eq("sscAction", "dataChange")),
         ], al=["社保卡改密码"], law=[SSC_LAW],
         notes=("金融密码重置须到合作银行办理，窗口只重置社保服务密码。", "The bank PIN is reset by the bank; the window resets the service PIN only.")),

    item("RS-035", "劳动人事争议调解申请", "Labour dispute mediation", 15, 15, "person",
         ["劳动争议", "劳动调解", "欠工资", "工伤纠纷", "辞退"], [
             mat("id-card"), matx("mediation-application", "调解申请书（可口头申请，窗口记录）", "Mediation request (may be oral; recorded at the window)"),
             matx("labour-relation-proof", "劳动合同或劳动关系证明（工资条、工牌、考勤记录等）", "Contract or proof of employment (payslips, badge, attendance)"),
             matx("evidence", "其他证据材料", "Other evidence", required=False),
         ], [
             text("employerName", "被申请单位名称", "Employer", True, maxLength=80),
             ccode("employerCreditCode", "被申请单位统一社会信用代码", "Employer's credit code"),
             multi("disputeTypes", "争议类型", "Dispute types", O(
                 "wages|拖欠工资|Unpaid wages", "dismissal|解除劳动合同、经济补偿|Dismissal or severance",
                 "insurance|社会保险|Social insurance", "injury|工伤待遇|Work-injury benefits",
                 "overtime|加班费|Overtime pay", "other|其他|Other"), True),
             money("claimAmount", "请求金额（元）", "Amount claimed (CNY)", True, max=10000000),
             area("disputeFacts", "事实与理由", "Facts and reasons", True, maxLength=1500),
             chk("agreeMediation", "同意由乡镇（街道）劳动争议调解组织调解", "Agrees to mediation by the township labour mediation body", True),
         ], al=["劳动纠纷调解"], law=[LABOUR_MED, "《企业劳动争议协商调解规定》"],
         notes=("自受理之日起15日内结束调解；未达成协议的，可依法申请劳动仲裁。", "Mediation ends within 15 days; without agreement the worker may apply for arbitration.")),

    item("RS-036", "劳动保障监察投诉（欠薪线索）受理", "Labour inspection complaint (unpaid wages)", 5, 60, "person",
         ["欠薪", "讨薪", "拖欠工资", "劳动监察", "农民工工资"], [
             mat("id-card"), matx("complaint-letter", "投诉书（可窗口代写）", "Complaint letter (can be written at the window)"),
             matx("wage-evidence", "劳动关系及欠薪证据（工资欠条、考勤、聊天记录等）", "Proof of employment and unpaid wages"),
         ], [
             text("employerName", "被投诉单位（包工头）名称", "Employer or labour contractor", True, maxLength=80),
             addr("employerAddress", "被投诉单位地址或项目地址", "Employer or project address", True),
             num("workersInvolved", "涉及人数", "Workers involved", True, min=1, max=1000),
             money("unpaidAmount", "拖欠工资金额（元）", "Unpaid wages (CNY)", True, max=100000000),
             date("unpaidSince", "开始拖欠月份（填该月1日）", "Unpaid since (first day of the month)", True, maxDate="today"),
             yn("isConstructionProject", "是否为工程建设领域", "Construction project"),
         ], al=["欠薪投诉", "农民工讨薪"], law=[LSS, WAGES]),

    item("RS-037", "高校毕业生基层就业/见习补贴申领（受理转办）", "Graduates: grassroots employment and internship subsidy (forwarded)", 15, 20, "person",
         ["见习补贴", "高校毕业生", "基层就业", "大学生"], [
             mat("id-card"), matx("diploma", "毕业证书", "Graduation certificate", el=True),
             matx("contract-or-internship", "劳动合同或就业见习协议", "Employment contract or internship agreement"),
             mat("bank-card"),
         ], [
             radio("subsidyType", "补贴类型", "Subsidy", O(
                 "grassroots|到基层就业补贴|Grassroots employment", "internship|就业见习补贴|Internship"), True),
             text("schoolName", "毕业院校", "University", True, maxLength=60),
             past("graduationDate", "毕业时间", "Graduation date", True),
             text("workUnit", "就业（见习）单位", "Employer or internship host", True, maxLength=80),
             num("internshipMonths", "见习期限（月）", "Internship months", min=1, max=12, vis=eq("subsidyType", "internship"),
                 rw=eq("subsidyType", "internship")),
         ], tpl=["bank-account"], al=["大学生见习补贴"], law=[EMP, "《关于做好高校毕业生等青年就业创业工作的通知》"]),

    item("RS-038", "失业登记注销", "Unemployment registration: cancellation", 0, None, "person",
         ["失业登记注销", "注销失业", "再就业"], [mat("id-or-ssc")], [
             sel("unemploymentCancelReason", "注销原因", "Reason", O(
                 "employed|已实现就业（含灵活就业、自主创业）|Found work (incl. flexible or own business)",
                 "retired|达到法定退休年龄或已领取养老金|Retirement age or pension",
                 "enlisted|应征入伍|Enlisted", "moved|迁出本省或出国定居|Moved out of province or abroad",
                 "student|进入全日制学校学习|Full-time study", "other|其他|Other"), True),
             past("cancelDate", "注销事由发生日期", "Date of the event", True),
             text("newEmployer", "就业单位或创业项目", "New employer or business", maxLength=80, vis=eq("unemploymentCancelReason", "employed"),
                  rw=eq("unemploymentCancelReason", "employed")),
         ], al=["注销失业登记"], law=[EMP, EMPREG]),

    item("RS-039", "就业登记注销（终止就业）", "Employment registration: cancellation", 0, None, "both",
         ["就业登记注销", "离职", "退工", "终止就业"], [
             mat("id-or-ssc"),
             matx("termination-proof", "解除或终止劳动合同证明", "Proof the contract was ended or terminated", el=True,
                  note=("单位已网上办理退工的可数据共享", "Shared when the employer has filed online")),
         ], [
             text("employerName", "原就业单位", "Former employer", True, maxLength=80),
             past("leaveDate", "终止（解除）劳动关系日期", "Date employment ended", True),
             sel("leaveReason", "终止原因", "Reason", LEAVE_REASON, True),
             yn("registerUnemployed", "是否同时办理失业登记", "Register as unemployed at the same time"),
         ], al=["退工登记"], law=[EMP, EMPREG]),

    item("RS-040", "城乡居民基本养老保险待遇暂停、恢复", "Residents' pension: suspending or resuming payment", 5, None, "person",
         ["养老金暂停", "养老金恢复", "待遇恢复", "服刑", "失联"], [
             mat("id-card"),
             matx("resume-proof", "恢复发放依据（刑满释放证明、重新认证记录等）", "Grounds for resuming (release certificate, re-verification …)",
                  when=eq("pensionAction", "resume")),
             matx("suspend-proof", "暂停依据（判决书、失联情况说明等）", "Grounds for suspension (judgement, missing-person statement …)",
                  when=eq("pensionAction", "suspend")),
         ], [
             radio("pensionAction", "办理类型", "Action", O("suspend|暂停发放|Suspend", "resume|恢复发放|Resume"), True),
             sel("suspendReason", "暂停原因", "Reason for suspension", O(
                 "prison|服刑|Serving a sentence", "missing|下落不明、未按时认证|Missing or verification overdue",
                 "duplicate|重复领取|Drawing twice", "other|其他|Other"), vis=eq("pensionAction", "suspend"), rw=eq("pensionAction", "suspend")),
             past("eventDate", "事由发生日期", "Date of the event", True),
             chk("backPayRequested", "申请补发暂停期间待遇（符合规定的）", "Request back-payment for the suspended period where allowed",
                 vis=eq("pensionAction", "resume")),
         ], al=["居民养老金停发恢复"], law=[SIL, URP]),

    item("RS-041", "领取失业保险金期间死亡丧葬补助金和抚恤金申领", "Funeral grant and survivors' pension for a person who died while on unemployment benefit", 10, 20, "person",
         ["失业丧葬补助金", "失业抚恤金", "身后"], [
             mat("death-cert"), mat("id-card", name=("申领人居民身份证", "Claimant's resident ID card")),
             mat("kinship-proof"), mat("bank-card", name=("申领人本人银行卡", "Claimant's own bank card")),
         ], [
             num("dependentsCount", "由死者生前供养的直系亲属人数", "Dependants supported by the deceased", True, min=0, max=10),
             DECL(),
         ], tpl=["deceased-person", "bank-account"], al=["失业人员死亡待遇"], law=[SIL, UI]),

    item("RS-042", "社会保障卡注销", "Social security card: cancellation", 0, None, "person",
         ["社保卡注销", "身后", "死亡注销社保卡"], [
             matx("holder-id", "持卡人居民身份证或死亡证明", "Card-holder's ID card or death certificate", el=True),
             matx("agent-id", "代办人居民身份证", "Agent's ID card", when=eq("applicantRole", "relative")),
             matx("old-card", "原社会保障卡", "The card", required=False, note=("无法交回的说明原因", "Explain if it cannot be returned")),
         ], [
             radio("applicantRole", "申请人", "Applicant", O("self|持卡人本人|Card-holder", "relative|近亲属（持卡人死亡）|Next of kin (holder died)"), True),
             sel("sscCancelReason", "注销原因", "Reason", O(
                 "death|持卡人死亡|Holder died", "abroad|出国（境）定居|Settled abroad", "duplicate|重复持卡|Duplicate card"), True),
             past("sscCancelEventDate", "事由发生日期", "Date of the event", True),
             yn("cardReturned", "原卡是否交回", "Card handed back"),
         ], al=["注销社会保障卡"], law=[SSC_LAW]),

    item("RS-043", "灵活就业人员缴费基数申报变更", "Flexible employment: changing the contribution base", 0, None, "person",
         ["缴费基数", "灵活就业缴费", "缴费档次"], [mat("id-or-ssc")], [
             sel("contributionBase", "选择缴费基数", "Contribution base", O(
                 "60|全省社会平均工资的60%|60% of the provincial average wage",
                 "80|80%|80%", "100|100%|100%", "200|200%|200%", "300|300%|300%"), True),
             date("effectiveMonth", "生效月份（填该月1日）", "Effective from (first day of the month)", True, minDate="today"),
         ], al=["灵活就业调整缴费基数"], law=[SIL, SIMC]),

    item("RS-044", "城乡居民基本养老保险补缴申请", "Residents' pension insurance: back-payment of missed years", 5, None, "person",
         ["补缴", "居民养老补缴", "缴满15年"], [mat("id-card"), mat("household-register")], [
             num("paidYears", "已累计缴费年限（年）", "Years already paid", True, min=0, max=45),
             num("backPayYears", "申请补缴年限（年）", "Years to back-pay", True, min=1, max=15),
             sel("backPayLevel", "补缴档次", "Back-payment level", CONTRIB_LEVELS, True),
             past("birthDate", "出生日期", "Date of birth", True),
             DECL(),
         ], al=["居民养老一次性补缴"], law=[SIL, URP],
         notes=("年满60周岁时累计缴费不足15年的，可按规定逐年补缴至15年；补缴部分不享受政府缴费补贴。",
                "At 60, people with fewer than 15 years may back-pay up to 15; back-paid years get no government top-up.")),

    item("RS-045", "职业技能等级认定报名", "Vocational skill level assessment: registration", 0, None, "person",
         ["技能认定", "职业技能等级", "考证", "技能证书"], [
             mat("id-card"), matx("diploma", "学历证书或原职业资格（技能等级）证书", "Diploma or previous skill certificate", required=False, el=True),
             mat("photo"),
         ], [
             text("occupation", "报考职业（工种）", "Occupation", True, maxLength=40),
             sel("targetLevel", "申报等级", "Level applied for", O(
                 "5|五级/初级工|Level 5", "4|四级/中级工|Level 4", "3|三级/高级工|Level 3", "2|二级/技师|Level 2"), True),
             num("yearsInTrade", "本职业（工种）工作年限（年）", "Years in this occupation", True, min=0, max=50),
             sel("education", "文化程度", "Education", EDUCATION, True),
         ], al=["技能等级报名"], law=[TRAIN, "《职业技能等级认定工作规程》"]),

    item("RS-046", "用人单位招聘登记", "Employers: job vacancy registration", 0, None, "enterprise",
         ["招聘", "招工", "岗位发布", "用工"], [
             mat("business-licence"), matx("agent-id", "经办人居民身份证", "Agent's ID card"),
         ], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             text("companyName", "单位名称", "Employer name", True, maxLength=80),
             group("vacancies", "招聘岗位", "Vacancies", [
                 text("jobTitle", "岗位名称", "Job title", True, maxLength=40),
                 num("headcount", "招聘人数", "Headcount", True, min=1, max=1000),
                 money("wageFrom", "月薪下限（元）", "Monthly wage from (CNY)", True, max=100000),
                 sel("jobEducation", "学历要求", "Education required", EDUCATION, True),
             ], minRows=1, maxRows=20, req=True),
             text("contactName", "联系人", "Contact", True, maxLength=30),
             mob("contactMobile", "联系电话", "Contact mobile", True),
         ], al=["发布招聘信息"], law=[EMP, EMPREG]),

    item("RS-047", "公益性岗位补贴申领", "Public-welfare job subsidy", 15, 20, "both",
         ["公益性岗位", "托底安置", "岗位补贴"], [
             mat("id-card"), matx("post-agreement", "公益性岗位劳动合同或服务协议", "Public-welfare job contract"),
             matx("hard-to-employ-proof", "就业困难人员认定结果", "Recognition as a person with employment difficulties", el=True),
             mat("bank-card"),
         ], [
             text("postName", "岗位名称", "Job", True, maxLength=40),
             text("postUnit", "用工单位（村、社区或机构）", "Employing unit (village, community or body)", True, maxLength=80),
             past("postStart", "上岗日期", "Start date", True),
             money("monthlyWage", "月工资（元）", "Monthly wage (CNY)", True, max=20000),
         ], tpl=["bank-account"], al=["公益岗补贴"], law=[EMP, "《就业补助资金管理办法》"]),

    item("RS-048", "失业保险技能提升补贴申领", "Unemployment insurance skills-upgrade subsidy", 10, 20, "person",
         ["技能提升补贴", "失业保险返还", "考证补贴"], [
             mat("id-card"), matx("skill-cert", "职业资格或职业技能等级证书", "Skill certificate", el=True), mat("bank-card"),
         ], [
             text("certificateNo", "证书编号", "Certificate number", True, maxLength=40),
             sel("skillLevel", "证书等级", "Certificate level", O(
                 "5|五级/初级工|Level 5", "4|四级/中级工|Level 4", "3|三级/高级工|Level 3", "2|二级/技师|Level 2", "1|一级/高级技师|Level 1"), True),
             past("certificateDate", "发证日期", "Date issued", True),
             num("uiContributionYears", "失业保险累计缴费年限（年）", "Years of unemployment insurance contributions", True, min=1, max=50),
         ], tpl=["bank-account"], al=["技能提升补贴申请"], law=[SIL, UI]),
]

ITEMS += [
    item("RS-049", "城乡居民基本养老保险缴费方式及代扣账户变更", "Residents' pension: changing payment method or debit account", 0, None, "person",
         ["代扣账户", "缴费方式", "居民养老扣款"], [mat("id-card"), mat("bank-card", when=eq("newPaymentMethod", "bankDeduct"))], [
             radio("newPaymentMethod", "新的缴费方式", "New payment method", O(
                 "bankDeduct|银行代扣|Bank direct debit", "online|浙里办/支付宝自行缴纳|Self-pay online",
                 "counter|税务窗口缴纳|Pay at the tax counter"), True),
             text("debitAccountNo", "代扣银行账号", "Debit account number", pattern=r"^\d{12,25}$",
                  patternMessage=t("银行账号为12至25位数字", "12 to 25 digits"),
                  vis=eq("newPaymentMethod", "bankDeduct"), rw=eq("newPaymentMethod", "bankDeduct")),
         ], al=["居民养老代扣变更"], law=[SIL, URP]),
]
