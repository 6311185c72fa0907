"""税务 Taxation."""
from common import *

TAX = "《中华人民共和国税收征收管理法》"
LEVY = "《社会保险费征缴暂行条例》"
SIL = "《中华人民共和国社会保险法》"
INVOICE = "《中华人民共和国发票管理办法》"
QUOTA = "《个体工商户税收定期定额征收管理办法》"

YEAR = sel("payYear", "缴费年度", "Contribution year", O(
    "current|本年度|This year", "next|下一年度（预缴）|Next year (advance)"), True)

ITEMS = [
    item("SW-001", "灵活就业人员社会保险费申报缴纳", "Social insurance contributions of flexibly employed persons: declaration and payment", 0, None, "person",
         ["灵活就业缴费", "个人社保缴费", "交社保", "社保费"], [mat("id-or-ssc")], [
             multi("insuranceTypes", "缴费险种", "Insurance types", O(
                 "pension|职工基本养老保险|Employee basic pension", "medical|职工基本医疗保险|Employee basic medical insurance"), True),
             radio("paymentCycle", "缴费周期", "Payment cycle", O(
                 "monthly|按月|Monthly", "quarterly|按季|Quarterly", "yearly|按年|Yearly"), True),
             radio("paymentChannel", "缴费方式", "Channel", O(
                 "counter|窗口刷卡或扫码|At the counter", "deduct|签订三方协议银行代扣|Bank direct debit agreement"), True),
         ], al=["灵活就业社保缴费"], law=[SIL, LEVY]),
    item("SW-002", "城乡居民基本养老保险费缴纳", "Residents' pension contributions: payment", 0, None, "person",
         ["居民养老缴费", "交养老保险", "农保缴费"], [mat("id-or-ssc")], [
             YEAR,
             sel("contributionLevel", "缴费档次", "Contribution level", O(
                 "100|100元|CNY 100", "300|300元|CNY 300", "500|500元|CNY 500", "800|800元|CNY 800",
                 "1000|1000元|CNY 1,000", "1500|1500元|CNY 1,500", "2000|2000元|CNY 2,000",
                 "3000|3000元|CNY 3,000", "5000|5000元|CNY 5,000"), True),
         ], al=["居民养老保险缴费"], law=[SIL, LEVY]),
    item("SW-003", "城乡居民基本医疗保险费缴纳", "Residents' medical insurance contributions: payment", 0, None, "person",
         ["居民医保缴费", "交医保", "医保费"], [mat("id-or-ssc")], [
             YEAR,
             group("payFor", "代缴家庭成员", "Family members paid for", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 sel("relation", "与缴费人关系", "Relation to the payer", RELATION, True),
             ], minRows=1, maxRows=10, req=True),
             comp("payForCount", "缴费人数", "Number of persons", "count", "payFor"),
         ], al=["居民医保费缴纳"], law=[SIL, LEVY]),
    item("SW-004", "社会保险费缴费证明（完税证明）开具", "Social insurance contribution (tax payment) certificate", 0, None, "person",
         ["完税证明", "缴费证明", "社保缴费凭证"], [mat("id-card")], [
             multi("certificateItems", "证明内容", "Contents", O(
                 "pension|养老保险费|Pension", "medical|医疗保险费|Medical", "personalTax|个人所得税|Individual income tax"), True),
             date("periodFrom", "所属期起", "Period from", True, maxDate="today"),
             date("periodTo", "所属期止", "Period to", True, maxDate="today"),
         ], al=["税收完税证明"], law=[TAX]),
    item("SW-005", "自然人代开增值税普通发票（自助终端）", "VAT ordinary invoice issued on behalf of a natural person", 0, None, "person",
         ["代开发票", "开发票", "个人开票"], [
             mat("id-card"), matx("transaction-proof", "合同或交易凭证", "Contract or proof of the transaction"),
         ], [
             text("buyerName", "购买方名称", "Buyer", True, maxLength=80),
             ccode("buyerCreditCode", "购买方统一社会信用代码", "Buyer's unified social credit code"),
             sel("invoiceGoods", "货物或应税劳务名称", "Goods or services", O(
                 "agriProducts|自产农产品|Own farm produce", "labour|劳务报酬|Labour services", "rent|房屋出租|Property rental",
                 "other|其他|Other"), True),
             money("invoiceAmount", "开票金额（元）", "Amount (CNY)", True, min=0.01, max=1000000),
         ], al=["个人代开发票"], law=[TAX, INVOICE], fees=t("不收工本费，按规定缴纳相应税款", "No fee; applicable tax is payable")),
    item("SW-006", "个体工商户定期定额核定申请（受理转办）", "Fixed-quota tax assessment for sole proprietorships", 10, 20, "enterprise",
         ["定期定额", "定额税", "个体户报税", "个体户税务"], [
             mat("business-licence"), matx("operator-id", "经营者居民身份证", "Operator's resident ID card"),
             matx("business-report", "《个体工商户经营情况申报表》", "Business situation declaration"),
         ], [
             money("monthlyTurnover", "预计月经营额（元）", "Expected monthly turnover (CNY)", True),
             money("monthlyRent", "月房租（元）", "Monthly rent (CNY)", True, max=100000),
             num("employees", "从业人数", "Number of workers", True, min=1, max=200),
             sel("industry", "行业", "Industry", O(
                 "retail|零售|Retail", "catering|餐饮|Catering", "services|居民服务|Personal services",
                 "repair|修理|Repair", "transport|运输|Transport", "other|其他|Other"), True),
         ], tpl=["business-premises"], al=["个体户定额核定"], law=[TAX, QUOTA], route="sw"),
]

ITEMS += [
    item("SW-007", "城乡居民社会保险费退费申请", "Refund of residents' social insurance contributions", 10, 20, "person",
         ["社保退费", "养老保险退费", "多缴"], [mat("id-card"), mat("bank-card")], [
             sel("taxRefundScheme", "险种", "Scheme", O("pension|城乡居民养老保险|Residents' pension", "medical|城乡居民医疗保险|Residents' medical"), True),
             sel("taxRefundReason", "退费原因", "Reason", O("duplicate|重复缴费|Paid twice", "wrongLevel|档次错误|Wrong level", "death|参保人死亡|Death"), True),
             money("taxRefundAmount", "退费金额（元）", "Amount (CNY)", True, max=100000),
         ], tpl=["bank-account"], al=["社保费退费"], law=[TAX, LEVY]),

    item("SW-008", "定期定额个体工商户停业、复业报告", "Fixed-quota sole proprietors: suspension and resumption report", 0, None, "person",
         ["停业登记", "复业", "个体户停业"], [mat("business-licence"), matx("operator-id", "经营者居民身份证", "Operator's ID card")], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             radio("suspendAction", "报告类型", "Report", O("suspend|停业|Suspension", "resume|复业|Resumption"), True),
             date("suspendFrom", "停业起始日期", "From", vis=eq("suspendAction", "suspend"), rw=eq("suspendAction", "suspend")),
             date("suspendTo", "停业截止日期（不超过1年）", "To (max 1 year)", vis=eq("suspendAction", "suspend"), rw=eq("suspendAction", "suspend")),
             date("resumeFrom", "复业日期", "Resumed on", vis=eq("suspendAction", "resume"), rw=eq("suspendAction", "resume")),
         ], al=["个体户停复业"], law=[TAX, QUOTA]),

    item("SW-009", "个体工商户个人所得税经营所得申报（帮办）", "Sole proprietors: business income tax return (assisted)", 0, None, "person",
         ["经营所得", "个税申报", "个体户个税"], [matx("operator-id", "经营者居民身份证", "Operator's ID card"), mat("business-licence")], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             radio("returnType", "申报类型", "Return", O("prepay|预缴（按月、按季）|Prepayment", "annual|年度汇算|Annual settlement"), True),
             money("grossIncome", "收入总额（元）", "Income (CNY)", True, max=100000000),
             money("costs", "成本费用（元）", "Costs (CNY)", True, max=100000000),
         ], al=["经营所得个税申报"], law=[TAX, "《中华人民共和国个人所得税法》"]),
]
