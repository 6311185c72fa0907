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
