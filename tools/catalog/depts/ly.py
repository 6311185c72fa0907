"""林业 Forestry."""
from common import *

FOREST = "《中华人民共和国森林法》"

ITEMS = [
    item("LY-001", "林木采伐许可证核发（限额内，乡镇受委托）", "Tree felling permit (within quota, delegated to township)", 5, 20, "person",
         ["采伐证", "砍树", "林木采伐", "伐木"], [
             mat("id-card"), matx("forest-title", "林权证或林地承包合同", "Forest title or forest land contract", el=True),
             matx("felling-form", "林木采伐申请表", "Felling application form"),
             matx("felling-design", "伐区调查设计", "Felling area survey and design", when=isin("fellingVolumeBand", ["large"])),
         ], [
             addr("forestLocation", "林地坐落（村、小班）", "Forest location (village and compartment)", True),
             sel("treeSpecies", "树种", "Species", O(
                 "fir|杉木|Chinese fir", "pine|松木|Pine", "bamboo|毛竹|Moso bamboo", "eucalyptus|桉树|Eucalyptus",
                 "broadleaf|阔叶树|Broadleaf", "other|其他|Other"), True),
             sel("fellingType", "采伐类型", "Felling type", O(
                 "clear|皆伐|Clear felling", "selective|择伐|Selective felling", "thinning|抚育间伐|Thinning",
                 "renewal|更新采伐|Regeneration felling"), True),
             radio("fellingVolumeBand", "采伐蓄积", "Volume", O(
                 "small|15立方米以下（免伐区设计）|Below 15 m³ (no survey needed)", "large|15立方米及以上|15 m³ or more"), True),
             num("fellingArea", "采伐面积（亩）", "Area (mu)", True, min=0.1, max=1000),
             num("fellingVolume", "采伐蓄积量（立方米）", "Volume (m³)", True, min=0.1, max=10000),
             yn("replantCommitment", "是否承诺在采伐当年或次年完成更新造林", "Commit to replanting within a year"),
         ], al=["林木采伐许可"], law=[FOREST, "《中华人民共和国森林法实施条例》"]),
    item("LY-002", "森林防火区野外用火审批（委托）", "Outdoor fire use in forest fire-prevention zones", 1, 10, "person",
         ["野外用火", "烧荒", "炼山", "烧田埂"], [
             mat("id-card"), matx("fire-application", "用火申请书", "Fire-use application"),
             matx("fire-measures", "防火措施说明", "Fire-prevention measures"),
         ], [
             sel("fireUse", "用火目的", "Purpose", O(
                 "burnStraw|烧除秸秆、田埂杂草|Burning straw and weeds", "siteClearing|炼山造林|Site burning for planting",
                 "pestControl|火烧防治病虫害|Pest control", "other|其他生产性用火|Other"), True),
             addr("fireLocation", "用火地点", "Location", True),
             date("fireDate", "用火日期", "Date", True, minDate="today"),
             num("firefighters", "现场扑火人员数", "Firefighters on site", True, min=1, max=100),
         ], al=["野外用火许可"], law=[FOREST, "《森林防火条例》"]),
    item("LY-003", "野生动物致害补偿申请", "Compensation for damage caused by wildlife", 20, 30, "person",
         ["野猪", "野生动物伤害", "庄稼被毁", "致害补偿"], [
             mat("id-card"), matx("damage-photos", "损失现场照片", "Photos of the damage"),
             matx("village-proof", "村委会证明", "Village committee certificate"), mat("bank-card"),
         ], [
             sel("animalSpecies", "致害动物", "Animal", O(
                 "boar|野猪|Wild boar", "muntjac|麂类|Muntjac", "monkey|猕猴|Macaque", "snake|蛇类|Snake", "other|其他|Other"), True),
             radio("damageType", "损害类型", "Damage", O(
                 "crops|农作物损失|Crops", "livestock|家禽家畜损失|Livestock", "injury|人身伤害|Personal injury"), True),
             past("damageDate", "发生日期", "Date", True),
             money("lossAmount", "估计损失（元）", "Estimated loss (CNY)", True),
         ], tpl=["bank-account"], al=["野猪致害补偿"], law=["《中华人民共和国野生动物保护法》"]),
]

ITEMS += [
    item("LY-004", "公益林损失性补偿资金发放账户确认", "Public-welfare forest compensation: payment account confirmation", 0, None, "person",
         ["公益林补偿", "生态林补偿", "林权"], [mat("id-card"), matx("forest-cert", "林权证或林地承包合同", "Forest title or forest land contract", el=True), mat("bank-card")], [
             text("forestCertNo", "林权证号", "Forest title number", True, maxLength=40),
             num("forestArea", "公益林面积（亩）", "Public-welfare forest area (mu)", True, min=0.1, max=100000),
         ], tpl=["bank-account"], al=["公益林补偿账户"], law=[FOREST, "《浙江省公益林和森林公园条例》"]),

    item("LY-005", "林木采伐许可证延续", "Tree felling permit: extension", 3, 20, "person",
         ["采伐证延续", "采伐延期"], [mat("id-card"), matx("felling-permit", "林木采伐许可证", "Felling permit")], [
             text("fellingPermitNo", "采伐许可证号", "Permit number", True, maxLength=30),
             date("fellingExpiry", "原采伐期限截止日", "Original end date", True),
             area("fellingDelayReason", "未完成采伐的原因", "Why felling is unfinished", True, maxLength=300),
         ], al=["采伐证延期"], law=[FOREST]),

    item("LY-006", "林地经营权流转合同备案", "Forest land management rights transfer: filing", 10, 20, "person",
         ["林地流转", "林权流转", "山林出租"], [mat("id-card"), matx("forest-cert", "林权证", "Forest title", el=True),
                                      matx("forest-lease", "林地经营权流转合同", "Transfer contract")], [
             text("forestTransferee", "受让方", "Transferee", True, maxLength=60),
             num("forestTransferArea", "流转面积（亩）", "Area (mu)", True, min=0.1, max=100000),
             num("forestTransferYears", "流转期限（年）", "Term (years)", True, min=1, max=70),
         ], al=["山林流转备案"], law=[FOREST, "《浙江省林地经营权流转证发证管理办法》"]),
]
