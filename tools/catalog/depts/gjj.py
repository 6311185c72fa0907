"""住房公积金 Housing Provident Fund."""
from common import *

HPF = "《住房公积金管理条例》"
ZJHPF = "《浙江省住房公积金条例》"

ACCOUNT_NO = text("hpfAccountNo", "住房公积金个人账号", "Provident fund personal account number", maxLength=20,
                  pattern=r"^\d{6,20}$", patternMessage=t("账号为6至20位数字", "6 to 20 digits"))


def withdraw(code, zh, en, kw, al, extra_mats, fields, cond=None, sd=3):
    return item(code, zh, en, 0, sd, "person", kw, [mat("id-card")] + extra_mats + [mat("bank-card")],
                [ACCOUNT_NO] + fields + [DECL()], tpl=["bank-account"], al=al, law=[HPF, ZJHPF], cond=cond)


ITEMS = [
    item("GJJ-001", "住房公积金个人账户查询及缴存证明开具", "Provident fund account query and contribution certificate", 0, None, "person",
         ["公积金查询", "公积金证明", "缴存证明", "公积金余额"], [mat("id-card")], [
             ACCOUNT_NO,
             radio("certificateType", "证明类型", "Certificate", O(
                 "deposit|缴存证明|Contribution certificate", "statement|个人账户明细|Account statement",
                 "loanRecord|贷款记录证明|Loan record"), True),
             sel("purpose", "用途", "Purpose", O(
                 "loan|办理贷款|Loan application", "housing|购房、租房|Buying or renting a home",
                 "transfer|异地转移|Transfer to another city", "other|其他|Other"), True),
         ], al=["公积金缴存证明"], law=[HPF]),
    withdraw("GJJ-002", "住房公积金租房提取", "Provident fund withdrawal for renting", ["公积金租房提取", "租房提取", "公积金提取"],
             ["租房提公积金"], [
                 matx("lease-or-commitment", "房屋租赁合同或无房承诺", "Lease contract or no-home commitment", cm=True,
                      note=("本市无自有住房的可凭承诺提取，按当地额度", "Without a home in the city a commitment suffices, within the local limit")),
             ], [
                 radio("rentalType", "租赁类型", "Type of rental", O(
                     "market|市场租赁住房|Market rental", "public|公共租赁住房|Public rental housing"), True),
                 addr("rentalAddress", "租赁房屋地址", "Rented home address", True),
                 money("monthlyRent", "月租金（元）", "Monthly rent (CNY)", True, max=100000),
                 yn("ownsHomeInCity", "本人及配偶在缴存地是否有自有住房", "You or your spouse own a home in the city"),
             ], cond=("本人及配偶在缴存城市无自有住房且租赁住房的缴存职工。", "Contributors renting without an own home in the city.")),
    withdraw("GJJ-003", "住房公积金离职提取", "Provident fund withdrawal on leaving employment", ["公积金离职提取", "辞职提公积金", "公积金销户"],
             ["离职提取公积金"], [
                 matx("separation-proof", "离职证明（单位办理封存，数据共享）", "Proof of leaving (account sealed by the employer)", el=True),
             ], [
                 past("separationDate", "离职日期", "Date of leaving", True),
                 yn("reemployed", "是否已重新就业", "Re-employed"),
                 radio("hukouType", "户籍情况", "Household registration", O(
                     "local|本市户籍|Local", "nonLocal|非本市户籍|Non-local"), True),
             ], cond=("与单位终止劳动关系，账户封存满6个月且未重新就业的（非本市户籍离开的可即时提取）。",
                      "Employment ended, account sealed for 6 months and not re-employed (non-locals leaving may withdraw at once).")),
    withdraw("GJJ-004", "住房公积金退休提取", "Provident fund withdrawal on retirement", ["公积金退休提取", "退休提公积金", "退休"],
             ["退休销户提取"], [mat("retire-proof")], [
                 date("retirementDate", "退休时间", "Retirement date", True),
                 radio("closeAccount", "是否同时销户", "Close the account", YESNO, True),
             ]),
    withdraw("GJJ-005", "住房公积金死亡（宣告死亡）销户提取", "Provident fund withdrawal after the contributor's death", ["公积金继承", "身后", "死亡提取"],
             ["公积金死亡提取"], [mat("death-cert"), mat("kinship-proof"),
                                  matx("heir-agreement", "继承人之间的协商一致证明或公证文书", "Agreement among heirs or notarised document",
                                       when=eq("multipleHeirs", "yes"), cm=True)], [
                 yn("multipleHeirs", "是否有多个法定继承人", "Several legal heirs"),
             ]),
    withdraw("GJJ-006", "住房公积金偿还住房贷款提取", "Provident fund withdrawal to repay a housing loan", ["偿贷提取", "还房贷", "公积金还贷"],
             ["公积金冲还贷"], [
                 matx("loan-contract", "借款合同", "Loan contract"),
                 matx("repayment-record", "还款明细", "Repayment statement"),
             ], [
                 radio("loanType", "贷款类型", "Loan type", O(
                     "commercial|商业性住房贷款|Commercial loan", "hpf|住房公积金贷款|Provident fund loan",
                     "combined|组合贷款|Combined loan"), True),
                 text("lendingBank", "贷款银行", "Lending bank", True, maxLength=40),
                 money("monthlyRepayment", "月还款额（元）", "Monthly repayment (CNY)", True, max=200000),
                 radio("withdrawMode", "提取方式", "Mode", O(
                     "once|一次性提取|Once", "monthly|按月委托提取|Monthly standing order"), True),
             ]),
    item("GJJ-007", "灵活就业人员住房公积金缴存登记", "Provident fund enrolment for flexibly employed persons", 0, None, "person",
         ["灵活就业公积金", "个人缴公积金", "自由职业公积金", "灵活就业"], [
             mat("id-card"), mat("bank-card"),
             matx("deposit-agreement", "《灵活就业人员住房公积金缴存协议》", "Provident fund contribution agreement"),
         ], [
             money("monthlyDepositBase", "月缴存基数（元）", "Monthly contribution base (CNY)", True, min=2000, max=40000),
             sel("depositRate", "缴存比例", "Contribution rate", O(
                 "10|10%|10%", "12|12%|12%", "15|15%|15%", "20|20%|20%", "24|24%|24%"), True),
             radio("depositCycle", "缴存方式", "Payment cycle", O(
                 "monthly|按月|Monthly", "yearly|按年|Yearly"), True),
             DECL(),
         ], tpl=["bank-account"], al=["灵活就业人员公积金开户"], law=[HPF, ZJHPF]),
]

ITEMS += [
    item("GJJ-008", "灵活就业人员住房公积金缴存信息变更", "Flexible employment provident fund: change of contribution details", 0, None, "person",
         ["公积金缴存变更", "缴存基数", "缴存比例"], [mat("id-card")], [
             ACCOUNT_NO,
             multi("hpfChangeItems", "变更事项", "Changes", O(
                 "base|缴存基数|Contribution base", "rate|缴存比例|Rate", "account|扣款银行账户|Debit account", "mobile|手机号码|Mobile"), True),
             money("newBase", "新的月缴存基数（元）", "New monthly base (CNY)", min=1000, max=100000),
             sel("newRate", "新的缴存比例", "New rate", O("10|10%|10%", "16|16%|16%", "24|24%|24%")),
         ], al=["灵活就业公积金变更"], law=[HPF, ZJHPF]),

    item("GJJ-009", "住房公积金个人账户封存、启封", "Provident fund account: freeze or unfreeze", 0, None, "person",
         ["公积金封存", "公积金启封", "暂停缴存"], [mat("id-card")], [
             ACCOUNT_NO,
             radio("sealAction", "办理类型", "Action", O("seal|封存|Freeze", "unseal|启封|Unfreeze"), True),
             sel("sealReason", "封存原因", "Reason", O("leftJob|离职|Left the job", "stopFlexible|灵活就业停止缴存|Stopped flexible contributions"),
                 vis=eq("sealAction", "seal"), rw=eq("sealAction", "seal")),
             text("newEmployerHpf", "新缴存单位", "New contributing employer", maxLength=80, vis=eq("sealAction", "unseal")),
         ], al=["公积金账户封存"], law=[HPF]),

    item("GJJ-010", "住房公积金购买自住住房提取", "Provident fund withdrawal for buying a home", 0, 3, "person",
         ["购房提取", "买房提公积金", "首付"], [mat("id-card"), matx("purchase-contract", "购房合同或不动产权证书", "Purchase contract or title", el=True),
                                      matx("payment-receipt", "购房款发票或付款凭证", "Invoice or payment receipt"), mat("bank-card")], [
             ACCOUNT_NO,
             radio("houseType", "房屋类型", "Type", O("new|新建商品房|New build", "second|二手房|Resale", "selfBuilt|自建房（翻建、大修）|Self-built or rebuilt"), True),
             money("housePrice", "购房总价（元）", "Price (CNY)", True, min=10000, max=100000000),
             money("withdrawAmount", "申请提取金额（元）", "Amount to withdraw (CNY)", True, max=10000000),
         ], tpl=["bank-account"], al=["公积金购房提取"], law=[HPF, ZJHPF]),

    item("GJJ-011", "住房公积金重大疾病医疗提取", "Provident fund withdrawal for serious illness", 0, 3, "person",
         ["大病提取", "公积金看病"], [mat("id-card"), mat("medical-record"), mat("medical-invoice"), mat("bank-card")], [
             ACCOUNT_NO,
             sel("patientRelation", "患者与职工关系", "Patient", O("self|本人|Self", "spouse|配偶|Spouse", "parent|父母|Parent", "child|子女|Child"), True),
             money("selfPaidCost", "个人负担医疗费用（元）", "Out-of-pocket costs (CNY)", True, max=10000000),
         ], tpl=["bank-account"], al=["公积金医疗提取"], law=[HPF, ZJHPF]),

    item("GJJ-012", "住房公积金异地转移接续", "Provident fund transfer from another city", 10, 20, "person",
         ["公积金转移", "异地转入"], [mat("id-card")], [
             ACCOUNT_NO,
             text("hpfFromCity", "转出城市", "Transferring from (city)", True, maxLength=40),
             text("hpfFromCentre", "转出公积金中心", "Transferring centre", True, maxLength=60),
         ], al=["公积金转入"], law=[HPF, "《全国住房公积金异地转移接续业务操作规程》"]),
]
