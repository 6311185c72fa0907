"""司法 Justice."""
from common import *

ITEMS = [
    item("SF-001", "法律援助申请", "Legal aid: application", 5, 7, "person",
         ["法律援助", "免费律师", "打官司", "讨薪"], [
             mat("id-card"), matx("legal-aid-form", "《法律援助申请表》", "Legal aid application form"),
             matx("hardship-statement", "经济困难状况说明（个人诚信承诺）", "Statement of financial hardship (personal commitment)", cm=True),
             matx("case-materials", "与所申请法律援助事项有关的案件材料", "Case materials"),
         ], [
             sel("caseCategory", "案件类型", "Case type", O(
                 "wages|请求支付劳动报酬|Unpaid wages", "injury|工伤、交通事故等人身损害赔偿|Personal injury compensation",
                 "support|请求给付赡养费、抚养费、扶养费|Maintenance", "social|请求社会保险待遇或社会救助|Social insurance or assistance",
                 "criminal|刑事案件辩护或代理|Criminal defence or representation", "other|其他|Other"), True),
             text("opposingParty", "对方当事人", "Opposing party", True, maxLength=80),
             area("caseFacts", "案情及申请理由", "Facts and reasons", True, maxLength=1500),
             yn("exemptFromMeansTest", "是否属于免予核查经济困难状况的情形（低保、特困、残疾人等）", "Exempt from the means test"),
             DECL(),
         ], al=["申请法律援助"], law=["《中华人民共和国法律援助法》"]),
    item("SF-002", "人民调解申请", "People's mediation: application", 15, 30, "person",
         ["调解", "纠纷", "邻里矛盾", "人民调解"], [
             mat("id-card"), matx("mediation-request", "调解申请书或口头申请记录", "Mediation request or record of an oral request"),
             matx("dispute-evidence", "纠纷相关证据", "Evidence", required=False),
         ], [
             sel("disputeType", "纠纷类型", "Type of dispute", O(
                 "neighbour|邻里纠纷|Neighbours", "family|婚姻家庭纠纷|Marriage and family", "land|土地、山林纠纷|Land or forest",
                 "debt|债务纠纷|Debt", "labour|劳务纠纷|Labour services", "damage|损害赔偿纠纷|Compensation", "other|其他|Other"), True),
             group("otherParties", "对方当事人", "Other parties", [
                 text("name", "姓名或名称", "Name", True, maxLength=60),
                 mob("mobile", "联系电话", "Mobile"),
                 addr("address", "住址", "Address"),
             ], minRows=1, maxRows=10, req=True),
             area("disputeFacts", "纠纷事实及调解请求", "Facts and request", True, maxLength=1500),
         ], al=["申请人民调解"], law=["《中华人民共和国人民调解法》"]),
    item("SF-003", "公证、法律咨询服务预约（公共法律服务站）", "Booking notarial or legal advice services (public legal service station)", 0, None, "person",
         ["法律咨询", "公证预约", "律师咨询"], [mat("id-card")], [
             radio("serviceType", "服务类型", "Service", O(
                 "advice|法律咨询|Legal advice", "notary|公证预约|Notary appointment", "mediation|调解咨询|Mediation advice"), True),
             date("preferredDate", "预约日期", "Preferred date", True, minDate="today"),
             area("questionSummary", "咨询事项简述", "Summary of the question", True, maxLength=500),
         ], al=["法律服务预约"], law=["《中华人民共和国律师法》", "《中华人民共和国公证法》"]),
]

ITEMS += [
    item("SF-004", "法律援助律师更换、援助终止申请", "Legal aid: change of lawyer or ending the aid", 5, 7, "person",
         ["法律援助变更", "更换律师"], [mat("id-card")], [
             text("legalAidNo", "法律援助案件编号", "Case number", True, maxLength=30),
             radio("legalAidAction", "申请事项", "Request", O("change|更换承办律师|Change the lawyer", "end|终止法律援助|End the aid"), True),
             area("legalAidReason", "理由", "Reason", True, maxLength=500),
         ], al=["更换法援律师"], law=["《中华人民共和国法律援助法》"]),
]

ITEMS += [
    item("SF-005", "人民调解协议司法确认申请（共享法庭受理转办）", "Judicial confirmation of a mediation agreement (via the shared court)", 5, 15, "person",
         ["司法确认", "共享法庭", "调解协议"], [matx("parties-ids", "双方当事人居民身份证", "Both parties' ID cards"),
                                       matx("mediation-agreement", "人民调解协议书", "Mediation agreement")], [
             text("agreementNo", "调解协议编号", "Agreement number", True, maxLength=30),
             past("agreementDate", "协议生效日期", "Agreement date", True, help=("须自协议生效之日起30日内共同申请", "Apply jointly within 30 days")),
             chk("bothPartiesPresent", "双方当事人共同申请", "Both parties apply together", True),
             sel("mediationField", "纠纷类型", "Dispute", O("neighbour|邻里纠纷|Neighbours", "family|婚姻家庭|Family",
                                                         "debt|民间借贷|Private loans", "damage|损害赔偿|Damages", "land|土地|Land"), True),
         ], al=["调解协议确认"], law=["《中华人民共和国人民调解法》第三十三条", "《中华人民共和国民事诉讼法》"]),
]
