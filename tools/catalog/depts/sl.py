"""水利 Water Resources."""
from common import *

ITEMS = [
    item("SL-001", "农村饮用水工程用水报装（受理转办）", "Rural drinking-water connection (accept and forward)", 5, None, "person",
         ["自来水报装", "装水表", "农村饮用水", "通水"], [
             mat("id-card"), matx("house-title", "房屋产权或宅基地证明", "House title or homestead proof", el=True),
             matx("water-form", "用水报装申请表", "Connection application form"),
         ], [
             addr("connectionAddress", "用水地址", "Address", True),
             radio("waterUse", "用水性质", "Use", O("domestic|居民生活用水|Domestic", "business|经营用水|Business"), True),
             num("residents", "常住人口", "Residents", True, min=1, max=50),
         ], al=["农村自来水报装"], law=["《中华人民共和国水法》"]),
    item("SL-002", "山塘水库管理范围内建设活动审查（受理转办）", "Construction within pond and reservoir management zones: review", 15, 20, "both",
         ["水库", "山塘", "涉水建设"], [
             matx("application", "申请书", "Application letter"), matx("applicant-id", "身份证或营业执照", "ID card or business licence"),
             matx("construction-plan", "建设方案", "Construction plan"),
         ], [
             text("reservoirName", "山塘、水库名称", "Pond or reservoir", True, maxLength=60),
             area("projectDescription", "建设内容", "Project description", True, maxLength=800),
             date("plannedStart", "计划开工日期", "Planned start", True, minDate="today"),
         ], al=["水库管理范围建设审查"], law=["《水库大坝安全管理条例》", "《中华人民共和国水法》"]),
]

ITEMS += [
    item("SL-003", "农村饮用水工程用水过户、销户（受理转办）", "Rural water supply: change of account holder or closing the account (forwarded)", 5, None, "person",
         ["水表过户", "用水销户", "自来水"], [mat("id-card"), mat("realty-cert", required=False)], [
             text("waterAccountNo", "用水户号", "Water account number", True, maxLength=30),
             radio("waterAction", "办理类型", "Action", O("transfer|过户|Change holder", "close|销户|Close"), True),
             text("newHolder", "新户主姓名", "New holder", maxLength=30, vis=eq("waterAction", "transfer"), rw=eq("waterAction", "transfer")),
             num("meterReading", "当前水表读数（吨）", "Meter reading (t)", True, min=0, max=1000000),
         ], al=["水费过户"], law=["《浙江省农村供水管理办法》"]),
]
