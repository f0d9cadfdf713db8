# Writes the hand-checked golden expectations. Every value below was read off
# the sample text by a person, not produced by the extractor.
import json, os
def F(metric, value, facet="value", subject=None, unit=None, direction=None, quote=None, origin=None, wording=None):
    d={"metric":metric,"facet":facet,"value":value}
    if subject: d["subject"]=subject
    if direction: d["direction"]=direction
    if quote: d["quote"]=quote
    if origin: d["origin"]=origin
    if wording: d["wording"]=wording
    return d
def triple(subject, budget, value, completion, quote=None, wording=None):
    return [F("func.expenditure",budget,"budget",subject),
            F("func.expenditure",value,"value",subject,quote=quote,wording=wording),
            F("func.expenditure",completion,"completion",subject)]
def project(name, score, budget, executed, rate):
    return [F("perf.project.score",score,subject=name),F("perf.project.budget",budget,subject=name),
            F("perf.project.executed",executed,subject=name),F("perf.project.rate",rate,subject=name)]

W=[]
W+= [F("income.total","199.32",quote="199.32 万元"),F("expenditure.total","199.32"),
     F("income.total","11.31","budget_delta",direction="increase",quote="11.31 万元"),
     F("income.total","6.01","budget_percent",direction="increase",quote="6.01%"),
     F("income.total","8.20","previous_delta",direction="increase"),
     F("income.total","4.29","previous_percent",direction="increase"),
     F("expenditure.total","11.31","budget_delta",direction="increase"),
     F("expenditure.total","8.20","previous_delta",direction="increase"),
     F("income.current_year","199.32"),F("income.current_year","8.20","previous_delta",direction="increase"),
     F("income.current_year","4.29","previous_percent",direction="increase"),
     F("income.nonfiscal_balance_used","0",quote="0 万元"),F("income.nonfiscal_balance_used","0","previous_delta",direction="increase"),
     F("income.carryover_begin","0"),
     F("expenditure.current_year","199.32"),F("expenditure.current_year","8.20","previous_delta",direction="increase"),
     F("expenditure.surplus_distribution","0"),F("expenditure.carryover_end","0")]
W+= [F("income.general_budget","199.32"),F("income.general_budget","100.00","share",quote="100.00%"),
     F("income.gov_fund","0"),F("income.gov_fund","0","share"),F("income.state_capital","0"),
     F("income.superior_subsidy","0"),F("income.business","0"),F("income.operating","0"),
     F("income.affiliated","0"),F("income.other","0"),F("income.other","0","share")]
W+= [F("expenditure.basic","102.26",quote="102.26 万元"),F("expenditure.basic","51.30","share"),
     F("expenditure.project","97.06"),F("expenditure.project","48.70","share"),
     F("expenditure.remit_superior","0"),F("expenditure.operating","0"),F("expenditure.affiliated_subsidy","0")]
W+= [F("fiscal.total","199.32"),F("fiscal.total","11.31","budget_delta",direction="increase"),
     F("fiscal.total","6.01","budget_percent",direction="increase"),
     F("fiscal.total","8.20","previous_delta",direction="increase"),F("fiscal.total","4.29","previous_percent",direction="increase")]
W+= [F("gp.expenditure","199.32"),F("gp.expenditure","188.01","budget",quote="188.01 万元"),F("gp.expenditure","106.01","completion"),
     F("func.expenditure","97.20",subject="一般公共服务",quote="97.20 万元"),
     F("func.expenditure","13.06","budget_delta",subject="一般公共服务",direction="increase")]
W+= triple("一般公共服务/群众团体事务/行政运行","0.14","0.14","100")
W+= triple("一般公共服务/群众团体事务/工会事务","84","97.06","115.55",wording="支出决算")
W+= [F("func.expenditure","55.05",subject="社会保障和就业支出"),
     F("func.expenditure","1.14","budget_delta",subject="社会保障和就业支出",direction="decrease")]
# the budget of this item follows a page break inside "年\n\n初预算"
W+= triple("社会保障和就业支出/行政事业单位养老支出/行政单位离退休","24.34","24.54","100.82")
W+= triple("社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出","31.85","30.51","95.79")
W+= [F("func.expenditure","17.20",subject="卫生健康支出"),
     F("func.expenditure","1.14","budget_delta",subject="卫生健康支出",direction="decrease")]
W+= triple("卫生健康支出/行政事业单位医疗/行政单位医疗","18.34","17.20","93.78")
W+= [F("func.expenditure","29.87",subject="住房保障支出"),
     F("func.expenditure","0.53","budget_delta",subject="住房保障支出",direction="increase")]
W+= triple("住房保障支出/住房改革支出/住房公积金","29.34","29.87","101.81",quote="29.87 万元")
W+= [F("gp.basic","102.26"),F("basic.personnel","101.17"),
     F("basic.personnel.item","30.51",subject="机关事业单位基本养老保险缴费"),
     F("basic.personnel.item","17.20",subject="职工基本医疗保险缴费"),
     F("basic.personnel.item","0.14",subject="其他社会保障缴费"),
     F("basic.personnel.item","29.87",subject="住房公积金"),
     F("basic.personnel.item","23.45",subject="退休费"),
     F("basic.public","1.09"),F("basic.public.item","1.09",subject="其他商品和服务支出")]
W+= [F("gp.project","97.06"),F("project.econ","97.06",subject="对个人和家庭的补助"),
     F("project.econ.item","97.06",subject="对个人和家庭的补助/其他对个人和家庭的补助")]
W+= [F("threepublic.total","0","budget"),F("threepublic.total","0"),F("threepublic.total","0","completion"),
     F("threepublic.abroad","0","budget"),F("threepublic.vehicle","0"),F("threepublic.reception","0"),
     F("threepublic.abroad.groups","0"),F("threepublic.abroad.people","0"),
     F("threepublic.vehicle_purchase","0"),F("threepublic.vehicle_purchase.count","0"),
     F("threepublic.vehicle_operation","0"),F("threepublic.vehicle.fleet","0"),
     F("threepublic.reception_domestic","0"),F("threepublic.reception_domestic.batches","0"),
     F("threepublic.reception_foreign","0"),F("threepublic.reception_foreign.people","0")]
W+= [F("govfund.expenditure","0"),F("statecapital.expenditure","0"),
     F("public_funds.total","1.09"),F("public_funds.total","0","previous_delta",direction="increase"),
     F("operation.total","1.09")]
W+= [F("procurement.total","0"),F("procurement.goods","0"),F("procurement.works","0"),F("procurement.services","0"),
     F("procurement.sme","0"),F("procurement.sme","0.00","share"),F("procurement.small_micro","0"),
     F("procurement.goods.sme_share","0.00"),F("procurement.services.sme_share","0.00")]
W+= [F("assets.vehicles","0"),F("assets.vehicles.category","0",subject="主要负责人用车"),
     F("assets.vehicles.category","0",subject="其他用车"),F("assets.equipment_over_1m","0")]
W+= [F("perf.projects.level1","0"),F("perf.projects.level2","5"),F("perf.funds","106.81"),F("perf.funds","100","share"),
     F("perf.govfund.funds","0.00"),F("perf.reported.general","5"),F("perf.reported.govfund","0"),F("perf.reported.total","5")]
W+= project("提高劳模待遇","100","57","57","100")
W+= project("困难劳模","94.5","5","2.25","45")
W+= project("送温暖","100","15","15","100")
W+= project("劳动竞赛经费","40","7","0","0")
W+= project("市总工会提高劳动模范荣誉津贴补差经费","100","22.81","22.81","100")
W+= [F("perf.table.full_budget","57","value","提高劳模待遇",origin="table"),
     F("perf.table.executed","57.00","value","提高劳模待遇",origin="table"),
     F("perf.table.full_budget","5","value","困难劳模",origin="table"),
     F("perf.table.executed","2.25","value","困难劳模",origin="table"),
     F("perf.table.execution_rate","45.00","value","困难劳模",origin="table"),
     F("perf.table.funds_weight","10","value","困难劳模",origin="table"),
     F("perf.table.funds_score","4.50","value","困难劳模",origin="table"),
     F("perf.table.total_weight","100","value","困难劳模",origin="table"),
     F("perf.table.total_score","94.5","value","困难劳模",origin="table",quote="94.5"),
     F("perf.indicator.weight","8","value","困难劳模/1",origin="table",wording="春节慰问困难劳模"),
     F("perf.indicator.score","8","value","困难劳模/1",origin="table"),
     F("perf.table.total_score","100","value","送温暖",origin="table"),
     F("perf.table.total_score","40","value","劳动竞赛经费",origin="table"),
     F("perf.table.initial_budget","0","value","市总工会提高劳动模范荣誉津贴补差经费",origin="table"),
     F("perf.table.full_budget","22.81","value","市总工会提高劳动模范荣誉津贴补差经费",origin="table"),
     F("perf.indicator.score","0","value","劳动竞赛经费/1",origin="table",wording="表彰劳动竞赛先进单位数量"),
     # rows shifted by merged cells in the extracted text
     F("perf.indicator.weight","7","value","劳动竞赛经费/9",origin="table",wording="提高劳动生产率"),
     F("perf.indicator.score","7","value","劳动竞赛经费/9",origin="table"),
     F("perf.indicator.weight","5","value","劳动竞赛经费/13",origin="table",wording="创新工作室满意度"),
     F("perf.indicator.weight","15","value","提高劳模待遇/13",origin="table",wording="调动劳模充分发挥带头作用")]
wuhai={"file":"samples/wuhai-zonggonghui-2024-final.txt","unit":"乌海市总工会（差额）","year":2024,"type":"final","scope":"department","moneyUnit":"wanyuan",
 "performanceTables":5,
 "absent":[{"metric":"perf.table.total_score","facet":"value","subject":"提高劳模待遇","why":"this table has no 总分 row"}],
 "figures":W}

O=[]
O+= [F("income.total","1336.82",quote="1336.82万元"),F("expenditure.total","1336.82"),
     F("income.total","171.85","budget_delta",direction="increase"),F("income.total","14.75","budget_percent",direction="increase"),
     F("income.total","13.02","previous_delta",direction="increase"),F("income.total","0.98","previous_percent",direction="increase"),
     F("income.current_year","1336.82",quote="1,336.82万元"),F("income.current_year","13.02","previous_delta",direction="increase"),
     F("income.nonfiscal_balance_used","0.00"),F("income.carryover_begin","0.00"),
     F("expenditure.current_year","1336.82"),F("expenditure.surplus_distribution","0.00"),
     F("expenditure.surplus_distribution","0.00","previous_delta",direction="increase"),F("expenditure.carryover_end","0.00")]
O+= [F("income.general_budget","1336.82"),F("income.general_budget","100.00","share"),
     F("income.gov_fund","0.00"),F("income.gov_fund","0.00","share"),F("income.other","0.00")]
O+= [F("expenditure.basic","173.15",quote="173.15万元"),F("expenditure.basic","12.95","share"),
     F("expenditure.project","1163.67"),F("expenditure.project","87.05","share"),F("expenditure.affiliated_subsidy","0.00")]
O+= [F("fiscal.total","1336.82"),F("fiscal.total","171.85","budget_delta",direction="increase"),
     F("fiscal.total","13.02","previous_delta",direction="increase")]
O+= [F("gp.expenditure","1336.82"),F("gp.expenditure","1164.97","budget"),F("gp.expenditure","114.75","completion"),
     F("func.expenditure","1102.09",subject="一般公共服务"),
     F("func.expenditure","43.91","budget_delta",subject="一般公共服务",direction="increase")]
O+= triple("一般公共服务/纪检监察事务/派驻派出机构","10","7.09","70.9",wording="支出预算")
O+= triple("一般公共服务/群众团体事务/行政运行","60.18","52.85","87.82")
O+= triple("一般公共服务/群众团体事务/其他群众团体事务支出","988","1042.16","105.48")
O+= [F("func.expenditure","196.88",subject="社会保障和就业支出"),
     F("func.expenditure","122.59","budget_delta",subject="社会保障和就业支出",direction="increase")]
O+= triple("社会保障和就业支出/行政事业单位养老支出/行政单位离退休","34.79","32.8","94.28",wording="支出决算")
O+= triple("社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出","26","24.48","94.15")
O+= triple("社会保障和就业支出/行政事业单位养老支出/机关事业单位职业年金缴费支出","13","12.24","94.15")
O+= triple("社会保障和就业支出/抚恤/死亡抚恤","0","127.05","127.05")
O+= triple("社会保障和就业支出/其他社会保障和就业支出/其他社会保障和就业支出","0.5","0.3","60")
O+= [F("func.expenditure","13.84",subject="卫生健康支出"),F("func.expenditure","1.34","budget_delta",subject="卫生健康支出",direction="increase")]
O+= triple("卫生健康支出/行政事业单位医疗/行政单位医疗","12.5","13.84","110.72")
O+= [F("func.expenditure","24.00",subject="住房保障支出"),F("func.expenditure","4.00","budget_delta",subject="住房保障支出",direction="increase")]
O+= triple("住房保障支出/住房改革支出/住房公积金","20","24","120")
O+= [F("gp.basic","173.15"),F("basic.personnel","159.85",quote="159.85万元"),F("basic.personnel.item","32.8",subject="退休费"),
     F("basic.personnel.item","127.05",subject="抚恤金"),F("basic.public","13.30"),F("basic.public.item","13.3",subject="其他交通费用")]
O+= [F("gp.project","1163.67"),F("project.econ","74.88",subject="工资福利支出"),
     F("project.econ.item","24.48",subject="工资福利支出/机关事业单位基本养老保险缴费"),
     F("project.econ.item","24",subject="工资福利支出/住房公积金"),
     F("project.econ","1053.46",subject="商品和服务支出",quote="1053.46万元"),
     F("project.econ.item","14.7",subject="商品和服务支出/办公费"),
     F("project.econ.item","882",subject="商品和服务支出/工会经费"),
     F("project.econ.item","120.06",subject="商品和服务支出/其他商品和服务支出")]
O+= [F("threepublic.total","0.00","budget"),F("threepublic.total","0.00"),F("threepublic.reception","0.00"),
     F("threepublic.vehicle.fleet","0")]
O+= [F("govfund.expenditure","0.00"),F("govfund.expenditure","275.43","previous_delta",direction="decrease"),
     F("govfund.expenditure","100.00","previous_percent",direction="decrease"),
     F("operation.total","13.30"),F("operation.total","13.30","previous_delta",direction="increase"),
     F("operation.total","100","previous_percent",direction="increase")]
O+= [F("procurement.total","15.99",quote="15.99万元"),F("procurement.goods","1.95"),F("procurement.works","0.00"),
     F("procurement.services","14.04"),F("procurement.sme","0.00"),F("procurement.sme","0","share")]
O+= [F("assets.vehicles","0"),F("assets.equipment_over_1m","0")]
O+= [F("perf.projects.level1","30"),F("perf.projects.level2","70"),F("perf.funds","1163.67"),F("perf.funds","100","share"),
     F("perf.reported.general","5")]
O+= project("财政拨款行政事业单位工会经费","100","882","882","100")
O+= project("常态化慰问经费","100","80","80","100")
O+= project("党的建设、意识形态、改革调研工作经费","100","30","30","100")
O+= project("劳模疗休养经费","100","10","10","100")
O+= project("劳模体检费及荣誉津贴经费","100","10","10","100")
O+= [F("perf.table.initial_budget","80.00","value","常态化慰问经费",origin="table"),
     F("perf.table.full_budget","79.75","value","常态化慰问经费",origin="table",quote="79.75"),
     F("perf.table.executed","79.75","value","常态化慰问经费",origin="table"),
     F("perf.table.execution_rate","100.00","value","常态化慰问经费",origin="table"),
     F("perf.table.funds_score","10","value","常态化慰问经费",origin="table"),
     F("perf.table.total_score","100","value","常态化慰问经费",origin="table"),
     F("perf.table.full_budget","882.00","value","财政拨款行政事业单位工会经费",origin="table"),
     F("perf.indicator.weight","10","value","常态化慰问经费/1",origin="table",wording="慰问人数及范围"),
     F("perf.indicator.score","15","value","常态化慰问经费/2",origin="table")]
O+= [F("income.general_budget","1747.59",origin="chart",quote="1747.59"),
     F("expenditure.project","1553.66",origin="chart"),F("expenditure.basic","193.79",origin="chart")]
ordos={"file":"samples/ordos-zonggonghui-2023-final.txt","unit":"内蒙古自治区鄂尔多斯市总工会（本级）","year":2023,"type":"final","scope":"unit","moneyUnit":"wanyuan",
 "performanceTables":5,"absent":[{"metric":"func.expenditure","facet":"budget","subject":"一般公共服务","why":"the class budget is not stated, only its change"}],
 "figures":O}
for name,doc in (("wuhai",wuhai),("ordos",ordos)):
    json.dump(doc,open(os.path.join(os.path.dirname(os.path.abspath(__file__)),"%s.expected.json"%name),"w"),ensure_ascii=False,indent=1)
    print(name,len(doc["figures"]))
