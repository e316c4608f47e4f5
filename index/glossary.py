"""An English -> Vietnamese glossary of administrative-reform vocabulary.

The offline multilingual embedder is weak across languages on this domain
("Friendly Sunday model" is far from "mô hình Ngày Chủ nhật thân thiện"), and
BM25 cannot match English words at all. An English question is therefore
glossed term by term (longest phrase first) into Vietnamese keywords that both
retrievers understand; names and numbers pass through unchanged. This is
domain vocabulary, not a translation system: words it does not know are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["EN_COUNTS", "GLOSSARY", "gloss", "gloss_pieces"]

_RAW = """
administrative reform|cải cách hành chính
public administration reform|cải cách hành chính
par index|chỉ số cải cách hành chính
administrative reform index|chỉ số cải cách hành chính
reform index|chỉ số cải cách hành chính
administrative procedure|thủ tục hành chính
administrative procedures|thủ tục hành chính
procedure|thủ tục
procedures|thủ tục
paperwork|thủ tục hồ sơ
administrative|hành chính
reform|cải cách
people's committee|ủy ban nhân dân
people's council|hội đồng nhân dân
party committee|đảng ủy thành ủy
city party committee|thành ủy
provincial party committee|tỉnh ủy
district party committee|huyện ủy
standing committee|ban thường vụ
party secretary|bí thư
secretary|bí thư
deputy secretary|phó bí thư
chairman|chủ tịch
chairwoman|chủ tịch
chair|chủ tịch
chaired|chủ trì
presided|chủ trì
vice chairman|phó chủ tịch
vice-chairman|phó chủ tịch
vice chairwoman|phó chủ tịch
deputy chairman|phó chủ tịch
director|giám đốc
deputy director|phó giám đốc
general director|tổng giám đốc
head|trưởng
minister|bộ trưởng
deputy minister|thứ trưởng
prime minister|thủ tướng
government|chính phủ
ministry|bộ
department|sở
department of home affairs|sở nội vụ
home affairs|nội vụ
ministry of home affairs|bộ nội vụ
department of justice|sở tư pháp
department of health|sở y tế
department of education and training|sở giáo dục và đào tạo
department of planning and investment|sở kế hoạch và đầu tư
ministry of planning and investment|bộ kế hoạch và đầu tư
mpi|bộ kế hoạch và đầu tư
department of natural resources and environment|sở tài nguyên và môi trường
department of transport|sở giao thông vận tải
department of construction|sở xây dựng
department of finance|sở tài chính
customs|hải quan
tax|thuế
taxes|thuế
police|công an
social security|bảo hiểm xã hội
social insurance|bảo hiểm xã hội
health insurance|bảo hiểm y tế
trade union|công đoàn
border guard|biên phòng
border post|đồn biên phòng
border gate|cửa khẩu
province|tỉnh
provincial|tỉnh
city|thành phố
town|thị xã
district|huyện quận
rural district|huyện
urban district|quận
ward|phường
wards|phường
commune|xã
communes|xã
township|thị trấn
locality|địa phương
localities|địa phương
local|địa phương
unit|đơn vị
units|đơn vị
agency|cơ quan
agencies|cơ quan
state agencies|cơ quan nhà nước
state|nhà nước
officials|cán bộ công chức
official|cán bộ
civil servants|công chức
civil servant|công chức
public employees|viên chức
staff|cán bộ
officer|cán bộ
leaders|lãnh đạo
leader|lãnh đạo
head of|người đứng đầu
citizens|người dân công dân
citizen|người dân công dân
residents|người dân
people|người dân nhân dân
businesses|doanh nghiệp
business|doanh nghiệp
enterprises|doanh nghiệp
enterprise|doanh nghiệp
workers|lao động công nhân người lao động
worker|lao động công nhân người lao động
labourers|lao động
labour|lao động
labor|lao động
employees|lao động nhân viên
company|công ty
investors|nhà đầu tư
investor|nhà đầu tư
investment|đầu tư
invest|đầu tư
jsc|công ty cổ phần
joint stock company|công ty cổ phần
ciem|viện nghiên cứu quản lý kinh tế trung ương
investment certificate|giấy chứng nhận đầu tư
projects|dự án
project|dự án
conference|hội nghị
meeting|cuộc họp hội nghị
session|phiên họp
thematic|chuyên đề
review|sơ kết tổng kết đánh giá
reviewed|đánh giá
preliminary review|sơ kết
summary|tổng kết
evaluate|đánh giá
evaluation|đánh giá
assessment|đánh giá
index|chỉ số
score|điểm
scored|đạt điểm
points|điểm
point|điểm
rank|xếp thứ xếp hạng
ranked|xếp thứ xếp hạng
ranking|xếp hạng đứng thứ
ease of doing business|môi trường kinh doanh
doing business|môi trường kinh doanh
business environment|môi trường kinh doanh
world bank|ngân hàng thế giới
last|cuối cùng cuối bảng
first|đầu tiên
top|dẫn đầu
rate|tỷ lệ
percentage|tỷ lệ phần trăm
share|tỷ lệ
proportion|tỷ lệ
satisfaction|hài lòng
satisfaction index|chỉ số hài lòng
satisfied|hài lòng
applications|hồ sơ
application|hồ sơ
files|hồ sơ
file|hồ sơ
dossiers|hồ sơ
dossier|hồ sơ
records|hồ sơ
received|tiếp nhận
receive|tiếp nhận
receiving|tiếp nhận
resolved|giải quyết
resolve|giải quyết
handled|giải quyết
handle|giải quyết
settled|giải quyết
processed|giải quyết
processing|giải quyết
processing time|thời gian giải quyết
on time|đúng hạn
on schedule|đúng hạn
ahead of schedule|trước hạn sớm hạn
late|trễ hạn trễ hẹn chậm
overdue|quá hạn trễ hạn
delayed|chậm trễ
delay|chậm trễ
apology|xin lỗi
apologize|xin lỗi
apology letter|thư xin lỗi
one-stop shop|một cửa
one-stop|một cửa
one stop|một cửa
single window|một cửa
inter-agency|liên thông
interagency|liên thông
interconnected|liên thông
linking|liên thông
public administration center|trung tâm hành chính công
public administration centre|trung tâm hành chính công
public administrative service center|trung tâm phục vụ hành chính công
reception and result return|tiếp nhận và trả kết quả
return results|trả kết quả
results|kết quả
result|kết quả
online|trực tuyến
online public services|dịch vụ công trực tuyến
online public service|dịch vụ công trực tuyến
public services|dịch vụ công
public service|dịch vụ công
public postal service|bưu chính công ích
postal|bưu chính bưu điện
post office|bưu điện
level 3|mức độ 3
level 4|mức độ 4
level-3|mức độ 3
level-4|mức độ 4
e-government|chính quyền điện tử
electronic government|chính quyền điện tử
digital government|chính quyền số
digital transformation|chuyển đổi số
digitization|số hóa
digitized|số hóa
information technology|công nghệ thông tin
software|phần mềm
website|trang thông tin điện tử cổng thông tin
portal|cổng thông tin
electronic|điện tử
email|thư điện tử email
model|mô hình
models|mô hình
replicated|nhân rộng
replicate|nhân rộng
replication|nhân rộng
expanded|nhân rộng mở rộng
friendly|thân thiện
sunday|chủ nhật
saturday|thứ bảy
wednesday|thứ tư
working day|ngày làm việc
weekend|cuối tuần
no appointment|không hẹn
contest|cuộc thi
competition|cuộc thi hội thi
writing contest|cuộc thi viết
award|khen thưởng giải
awarded|khen thưởng
prize|giải
first prize|giải nhất
second prize|giải nhì
third prize|giải ba
won|đạt giành
win|đạt giành
commended|khen thưởng
collective|tập thể
individuals|cá nhân
individual|cá nhân
commitment|cam kết
committed|cam kết
signed|ký
pledge|cam kết
target|mục tiêu chỉ tiêu
goal|mục tiêu
plan|kế hoạch
plans|kế hoạch
decision|quyết định
resolution|nghị quyết
directive|chỉ thị
decree|nghị định
circular|thông tư
law|luật
regulation|quy định
regulations|quy định
issued|ban hành
issue|ban hành cấp
simplify|đơn giản hóa
simplified|đơn giản hóa
simplification|đơn giản hóa
cut|cắt giảm rút ngắn
reduce|giảm rút ngắn
reduced|giảm rút ngắn
shorten|rút ngắn
waiting time|thời gian chờ đợi
time|thời gian
publicly posted|niêm yết công khai
publicize|công khai
public|công khai công
transparency|minh bạch
transparent|minh bạch
discipline|kỷ luật kỷ cương
responsibility|trách nhiệm
attitude|thái độ
training|đào tạo tập huấn
trained|đào tạo
propaganda|tuyên truyền
communication|tuyên truyền
inspection|kiểm tra thanh tra
inspect|kiểm tra
complaints|khiếu nại phản ánh
feedback|phản ánh kiến nghị
petitions|kiến nghị
recommendations|kiến nghị
shortcomings|tồn tại hạn chế
limitations|hạn chế
weaknesses|hạn chế yếu kém
difficulties|khó khăn vướng mắc
solutions|giải pháp
tasks|nhiệm vụ
task|nhiệm vụ
asked|yêu cầu đề nghị
ask|yêu cầu đề nghị
requested|yêu cầu đề nghị
demanded|yêu cầu
require|yêu cầu
required|yêu cầu
directed|chỉ đạo
instructed|chỉ đạo
urged|đề nghị yêu cầu
proposed|đề xuất đề nghị
land|đất đai
land use|sử dụng đất
land-use right certificate|giấy chứng nhận quyền sử dụng đất
red book|sổ đỏ
house|nhà
construction permit|giấy phép xây dựng
building permit|giấy phép xây dựng
building permits|giấy phép xây dựng
business registration|đăng ký kinh doanh
registration|đăng ký
register|đăng ký
birth registration|đăng ký khai sinh
household registration|hộ khẩu
identity card|chứng minh nhân dân căn cước
passport|hộ chiếu
visa|thị thực
e-visa|thị thực điện tử
fee|phí lệ phí
fees|phí lệ phí
charge|phí
free|miễn phí
cost|chi phí
budget|ngân sách
billion|tỷ
million|triệu
thousand|nghìn
percent|%
quarter|quý
first quarter|quý I
second quarter|quý II
third quarter|quý III
fourth quarter|quý IV
q1|quý I
q2|quý II
q3|quý III
q4|quý IV
first six months|6 tháng đầu năm
six months|6 tháng
first seven months|7 tháng đầu năm
seven months|7 tháng
months|tháng
month|tháng
year|năm
january|tháng 1
february|tháng 2
march|tháng 3
april|tháng 4
june|tháng 6
july|tháng 7
august|tháng 8
september|tháng 9
october|tháng 10
november|tháng 11
december|tháng 12
hcmc|thành phố hồ chí minh
ho chi minh city|thành phố hồ chí minh
hanoi|hà nội
da nang|đà nẵng
vietnam|việt nam
national|quốc gia toàn quốc
nationwide|toàn quốc cả nước
country|cả nước
school|trường
schools|trường học
education|giáo dục
health|y tế
hospital|bệnh viện
patient|bệnh nhân
patients|bệnh nhân
doctor|bác sĩ
doctors|bác sĩ
exports|xuất khẩu
imports|nhập khẩu
goods|hàng hóa
clearance|thông quan
cleared|thông quan
automatically|tự động
transport|giao thông vận tải
traffic|giao thông
contractor|nhà thầu
abandoned|bỏ dở
masters|thạc sĩ
phd|tiến sĩ
phds|tiến sĩ
abroad|nước ngoài
certificate|giấy chứng nhận chứng chỉ
certificates|giấy chứng nhận
iso|iso
quality management|quản lý chất lượng
team|tổ tổ công tác
working group|tổ công tác
task force|tổ công tác
station|trạm
control station|trạm kiểm soát
corruption|tham nhũng
waste|lãng phí
bribe|hối lộ
harassment|nhũng nhiễu
villagers|người dân
farmers|nông dân
home|nhà tại nhà
at home|tại nhà
deliver|chuyển phát trả
delivered|chuyển phát trả
delivery|chuyển phát
zalo|zalo
conclude|kết luận
concluding|kết luận
conclusion|kết luận
concluded|kết luận
direction|chỉ đạo
directions|chỉ đạo
attend|tham dự
attended|tham dự
report|báo cáo
reported|báo cáo
steering committee|ban chỉ đạo
housing|nhà ở
letter|thư
send|gửi
programme|chương trình
program|chương trình
average|bình quân
monthly|hàng tháng
propagandist|tuyên truyền viên
propagandists|tuyên truyền viên
hotline|đường dây nóng
address|địa chỉ
emulation movement|phong trào thi đua
emulation|thi đua
motto|phương châm
auction|đấu giá
auctions|đấu giá
firm|doanh nghiệp
firms|doanh nghiệp
difficult|khó khăn
forum|diễn đàn
document|văn bản
documents|văn bản
invitation|giấy mời
publishing|xuất bản
publisher|nhà xuất bản
valid|giá trị
single-entry|một lần
multiple-entry|nhiều lần
border-gate|cửa khẩu
cadastre|địa chính
renamed|đổi tên
deploy|triển khai
deployed|triển khai
support|hỗ trợ
phase|giai đoạn
youth|thanh niên
federation|liên đoàn
digitised|số hóa
handling|giải quyết
launch|phát động
launched|phát động
launching|phát động
headquarters|trụ sở
head office|trụ sở
start operating|đi vào hoạt động
begin operating|đi vào hoạt động
came into operation|đi vào hoạt động
come into operation|đi vào hoạt động
went into operation|đi vào hoạt động
go into operation|đi vào hoạt động
put into operation|đi vào hoạt động
operating|hoạt động
operation|hoạt động
operational|hoạt động
took part|tham gia
take part|tham gia
problem|vướng mắc
problems|vướng mắc
slow|chậm
abandon|bỏ
signal|tín hiệu
completed|hoàn thành hoàn thiện
complete|hoàn thành hoàn thiện
batch|đợt
demand|yêu cầu
apply|áp dụng
applying|áp dụng
rule|quy định
international|quốc tế
reporter|phóng viên
reporters|phóng viên
# the economy and other news the CCHC articles report on
economic growth|tăng trưởng kinh tế
growth|tăng trưởng
grow|tăng trưởng
economy|kinh tế
economic|kinh tế
inflation|lạm phát
consumer price index|chỉ số giá tiêu dùng
price|giá
salary|lương
wage|lương
income|thu nhập
revenue|thu doanh thu
foreign investment|đầu tư nước ngoài
song|ca khúc bài hát
list|danh mục danh sách
popular|phổ biến
licence|giấy phép
license|giấy phép cấp phép
licensed|cấp phép
tree|cây
plant|trồng
planted|trồng
vehicle|phương tiện
violation|vi phạm
take effect|có hiệu lực hiệu lực thi hành
takes effect|có hiệu lực hiệu lực thi hành
took effect|có hiệu lực hiệu lực thi hành
come into effect|có hiệu lực
comes into effect|có hiệu lực
come into force|có hiệu lực
comes into force|có hiệu lực
effective|hiệu lực
small and medium-sized enterprises|doanh nghiệp nhỏ và vừa
small and medium enterprises|doanh nghiệp nhỏ và vừa
small and medium-sized businesses|doanh nghiệp nhỏ và vừa
smes|doanh nghiệp nhỏ và vừa
press|báo chí
the press|báo chí
principal|hiệu trưởng
primary school|trường tiểu học
founded|thành lập
established|thành lập
teachers|giáo viên
labour contract|hợp đồng lao động
labour contracts|hợp đồng lao động
labor contracts|hợp đồng lao động
pilot|thí điểm
piloted|thí điểm
university|đại học
universities|đại học
error|sai sót lỗi
errors|sai sót lỗi
mistake|sai sót
mistakes|sai sót
detection|phát hiện
detect|phát hiện
detected|phát hiện
specialized inspection|kiểm tra chuyên ngành
specialised inspection|kiểm tra chuyên ngành
specialized inspections|kiểm tra chuyên ngành
social housing|nhà ở xã hội
transfer|chuyển nhượng chuyển giao
minimum|tối thiểu
maximum|tối đa
at least|ít nhất tối thiểu
frequency|tần suất
state budget|ngân sách nhà nước
fined|phạt
interview|phỏng vấn
private sector|khu vực tư nhân kinh tế tư nhân
insurance|bảo hiểm
student|học sinh sinh viên
teacher|giáo viên
farmer|nông dân
export|xuất khẩu
import|nhập khẩu
bank|ngân hàng
loan|vay vốn cho vay
complaint|khiếu nại
denunciation|tố cáo
petition|kiến nghị
voter|cử tri
national assembly|quốc hội
japan|nhật bản
japanese|nhật bản
south korea|hàn quốc
korea|hàn quốc
korean|hàn quốc
china|trung quốc
chinese|trung quốc
united states|mỹ hoa kỳ
american|mỹ hoa kỳ
france|pháp
french|pháp
germany|đức
german|đức
russia|nga
russian|nga
australia|úc
australian|úc
india|ấn độ
thailand|thái lan
taiwan|đài loan
laos|lào
cambodia|campuchia
donor|nhà tài trợ
donors|nhà tài trợ
consultative group|nhóm tư vấn
bankrupt|phá sản
bankruptcy|phá sản
jobless|thất nghiệp
unemployed|thất nghiệp
unemployment|thất nghiệp
fiscal year|tài khóa
civil judgment enforcement|thi hành án dân sự
judgment enforcement|thi hành án
enforcement of judgments|thi hành án
backlog|tồn đọng
backlogged|tồn đọng
lawyer|luật sư
lawyers|luật sư
bar association|đoàn luật sư
court|tòa án
courts|tòa án
textile|dệt may
textiles|dệt may
garment|dệt may
theme|chủ đề
young people|thanh niên
youth union|đoàn thanh niên
union members|đoàn viên
union and association members|đoàn viên hội viên
association members|hội viên
association|hiệp hội
associations|hiệp hội
members|thành viên
member|thành viên
shipbuilding|đóng tàu
corporation|tổng công ty
bond|trái phiếu
bonds|trái phiếu
government bonds|trái phiếu chính phủ
securities|chứng khoán
stock market|thị trường chứng khoán
trading|giao dịch
equitize|cổ phần hóa
equitized|cổ phần hóa
equitization|cổ phần hóa
equitisation|cổ phần hóa
pm|thủ tướng
finance|tài chính
ministry of finance|bộ tài chính
finance ministry|bộ tài chính
finance minister|bộ trưởng bộ tài chính
deputy finance minister|thứ trưởng bộ tài chính
submit|trình
submitted|trình
amended|sửa đổi
amend|sửa đổi
amendment|sửa đổi
retail|bán lẻ
electricity|điện
chamber of commerce|phòng thương mại
chambers of commerce|phòng thương mại
ambassador|đại sứ
startup|khởi nghiệp
startups|khởi nghiệp
innovation|đổi mới sáng tạo
times|lần
# everyday words of the news (fresh English questions, round 15)
food|thực phẩm
food safety|an toàn thực phẩm
food poisoning|ngộ độc thực phẩm
safety|an toàn
land-use|sử dụng đất
sector|khu vực lĩnh vực
industrial|công nghiệp
industrial park|khu công nghiệp
industrial zone|khu công nghiệp
industrial production|sản xuất công nghiệp
draft|dự thảo
state-owned|nhà nước
expert|chuyên gia
planning|quy hoạch
master plan|quy hoạch chung
output|sản lượng
loss|thua lỗ
losses|thua lỗ thất thoát
capital|vốn
attract|thu hút
oversight|giám sát
appointed|bổ nhiệm
died|tử vong
foreign|nước ngoài
direct|trực tiếp
fall|giảm
fell|giảm
drop|giảm
decline|giảm
decrease|giảm
rise|tăng
rose|tăng
increase|tăng
grew|tăng
surge|tăng mạnh
airfield|sân bay
airport|sân bay
incident|vụ việc
debate|thảo luận
capacity|năng lực
meat|thịt
tsunami|sóng thần
victim|nạn nhân
kind|loại
type|loại
ownership|sở hữu
non-state|ngoài quốc doanh
bird flu|cúm gia cầm
construction|xây dựng
capital construction|xây dựng cơ bản
coffee|cà phê
entrepreneur|doanh nhân
civil status|hộ tịch
toll|phí
dollar|USD
inspector|thanh tra viên
propose|đề xuất
deadline|thời hạn
car|ô tô
gift|quà
factory|nhà máy
announced|công bố
credit|tín dụng
role|vai trò
bill|dự luật
ceremony|lễ
enacted|ban hành
crude oil|dầu thô
production|sản xuất
comment|ý kiến
anti-corruption|phòng chống tham nhũng
countries|nước
period|giai đoạn
winner|đạt giải
reward|khen thưởng
first half|6 tháng đầu năm
second half|6 tháng cuối năm
facilities|cơ sở vật chất
equipment|trang thiết bị
area|lĩnh vực
improve|cải thiện
# news vocabulary met in English questions (round 16)
domestic|trong nước
domestic enterprise|doanh nghiệp trong nước
foreign enterprise|doanh nghiệp nước ngoài
chapter|chương
layer|tầng
destination|điểm đến
tourist|du lịch khách du lịch
tourist area|khu du lịch
national tourist area|khu du lịch quốc gia
tour guide|hướng dẫn viên du lịch
unlicensed|chui không phép
customs department|cục hải quan
stamp out|dứt điểm
epidemic|dịch bệnh
standard|chuẩn tiêu chuẩn
informal payment|chi trả không chính thức
survey|khảo sát điều tra
surveyed|điều tra khảo sát
drug|thuốc
drug price|giá thuốc
family|gia đình hộ gia đình
household|hộ gia đình
first member|người thứ nhất
accident|tai nạn
instruct|yêu cầu chỉ đạo
deputies|đại biểu
vote|bỏ phiếu
confidence vote|lấy phiếu tín nhiệm
vote of confidence|lấy phiếu tín nhiệm
product|mặt hàng sản phẩm
facility|cơ sở trung tâm
damage|thiệt hại
drought|hạn hán
saltwater intrusion|xâm nhập mặn
rice|lúa gạo
prison sentence|án tù
agriculture|nông nghiệp
bandwidth|băng thông
bus|xe buýt xe khách
hire|thuê
relatives|người thân
joint statement|tuyên bố chung
strategic partnership|đối tác chiến lược
expressway|đường cao tốc
coal|than
seaport|cảng biển
cargo|hàng hóa
warn|cảnh báo
port authority|cảng vụ
maritime code|bộ luật hàng hải
detain|bắt giữ
ship|tàu
ideology|tư tưởng
ethics|đạo đức
politburo|bộ chính trị
low-income|thu nhập thấp
low-income people|người thu nhập thấp
urban area|khu đô thị
new urban area|khu đô thị mới
provide|cung cấp
region|khu vực
private|tư nhân
judicial reform|cải cách tư pháp
justice|tư pháp
ministry of justice|bộ tư pháp
secured transaction|giao dịch bảo đảm
security measure|biện pháp bảo đảm
land use right|quyền sử dụng đất
assets|tài sản
performing arts|nghệ thuật biểu diễn
debt|nợ
public debt|nợ công
e-transaction|giao dịch điện tử
electronic transaction|giao dịch điện tử
public security|công an
entrepreneurs' day|ngày doanh nhân
business day|ngày doanh nhân
dialysis|chạy thận
management|quản lý
school ground|trường học khuôn viên
presented|trình bày báo cáo
exam|thi kỳ thi
admission|tuyển sinh
visit|thăm chuyến thăm
contract|hợp đồng
manager|quản lý
room|phòng
hotel|khách sạn
"""

GLOSSARY: dict[str, str] = {}
for _line in _RAW.strip().splitlines():
    if not _line.strip() or _line.startswith("#"):
        continue
    _en, _vi = _line.split("|")
    GLOSSARY[_en.strip()] = _vi.strip()

# English counts of months ("the first four months"): "4 tháng đầu năm", as the articles write them
EN_COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), start=2)}
for _word, _n in EN_COUNTS.items():
    GLOSSARY.setdefault(f"first {_word} months", f"{_n} tháng đầu năm")
    GLOSSARY.setdefault(f"{_word} months", f"{_n} tháng")

_MAX_WORDS = max(len(k.split()) for k in GLOSSARY)
_TOKEN = re.compile(r"\w+(?:['-]\w+)*|[^\w\s]", re.UNICODE)  # "people's", "vice-chairman"; not "'friendly"
_STOP = frozenset(
    "what which who whom whose when where why how many much did does do is are was were be been the a an of in on at "
    "to for by with and or from that this these those it its as has have had any there their they them his her "
    "he she i we you our your than into about after before during under over per each all some such not no can "
    "could would should will shall may might must also so very get got make made take took".split()
)


def _stem(word: str) -> list[str]:
    """Crude English variants to look up: the word, then without -s/-es/-ed/-ing."""
    out = [word]
    if word.endswith("'s"):
        word = word[:-2]
        out.append(word)
    for suf in ("ies", "es", "s", "ed", "ing", "d"):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            out.append(word[: -len(suf)] + ("y" if suf == "ies" else ""))
    return out


def gloss_pieces(text: str, table: Mapping[str, str] | None = None) -> list[tuple[str, str | None]]:
    """``text`` as (English piece, Vietnamese or None): the longest phrase of ``table`` (default
    :data:`GLOSSARY`) at each word, tried as written and without -'s/-s/-es/-ed/-ing ("districts",
    "reported"); stop words are dropped, other words come back with None."""
    table = GLOSSARY if table is None else table
    longest = _MAX_WORDS if table is GLOSSARY else max((len(k.split()) for k in table), default=1)
    words = _TOKEN.findall(text.replace("\u2019", "'"))
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(w.lower() for w in words[i : i + n])
            hit = next((table[v] for v in _stem(phrase) if v in table), None)
            if hit:
                out.append((phrase, hit))
                i += n
                break
        else:
            w = words[i]
            if w.lower() not in _STOP and re.match(r"\w", w):
                out.append((w, None))
            i += 1
    return out


def gloss(text: str) -> str:
    """Vietnamese keywords for an English ``text``; unknown words are kept as they are."""
    return " ".join(vi if vi is not None else word for word, vi in gloss_pieces(text))
